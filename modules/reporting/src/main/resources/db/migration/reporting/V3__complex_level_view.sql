-- the complexes' levels, so that the progress of one level reads the open steps by their own index and checks each
-- complex by its key (a join with rpt_report let H2 start from the year's reports instead)
CREATE VIEW rpt_complex AS
SELECT id AS complex_id, level AS complex_level
FROM reg_complex;
