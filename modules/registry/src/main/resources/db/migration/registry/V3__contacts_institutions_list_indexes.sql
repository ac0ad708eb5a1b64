-- Complexes get a contact; experts get optimistic locking like complexes; complexes gather service institutions.
ALTER TABLE reg_complex ADD COLUMN contact_person VARCHAR(100);
ALTER TABLE reg_complex ADD COLUMN contact_phone VARCHAR(32);

ALTER TABLE reg_expert ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

CREATE SEQUENCE reg_institution_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reg_institution (
    id         BIGINT       NOT NULL PRIMARY KEY,
    complex_id BIGINT       NOT NULL REFERENCES reg_complex (id),
    kind       VARCHAR(32)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    partner    VARCHAR(200),
    active     BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL
);
CREATE INDEX reg_institution_complex_ix ON reg_institution (complex_id);

-- The complex list is paged over thousands of rows, filtered by county (V1's reg_complex_county_ix), level, list
-- status and active flag, and sorted by name, county, level, status or year; the id tie-breaker rides along so a
-- sorted page can be read from the index. The name indexes also serve the unique-name check (name_zh = ?).
CREATE INDEX reg_complex_name_zh_ix ON reg_complex (name_zh, id);
CREATE INDEX reg_complex_name_en_ix ON reg_complex (name_en, id);
CREATE INDEX reg_complex_county_sort_ix ON reg_complex (county_code, id);
CREATE INDEX reg_complex_level_ix ON reg_complex (level, list_status, id);
CREATE INDEX reg_complex_status_ix ON reg_complex (list_status, id);
CREATE INDEX reg_complex_active_ix ON reg_complex (active, county_code, id);
CREATE INDEX reg_complex_established_ix ON reg_complex (established, id);

-- the expert roster's list sorts by name
CREATE INDEX reg_expert_name_ix ON reg_expert (name, id);
