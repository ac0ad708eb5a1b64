-- submission owns appraisal cycles, the indicator catalogue and the annual reports.
CREATE SEQUENCE sub_cycle_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sub_cycle (
    id         BIGINT      NOT NULL PRIMARY KEY,
    cycle_year INTEGER     NOT NULL,
    city_code  VARCHAR(16) NOT NULL,
    status     VARCHAR(16) NOT NULL,
    created_at TIMESTAMP   NOT NULL,
    CONSTRAINT sub_cycle_year_city_uk UNIQUE (cycle_year, city_code)
);

CREATE TABLE sub_indicator (
    code       VARCHAR(64)   NOT NULL PRIMARY KEY,
    name_zh    VARCHAR(200)  NOT NULL,
    name_en    VARCHAR(300)  NOT NULL,
    unit_zh    VARCHAR(32),
    unit_en    VARCHAR(32),
    value_type VARCHAR(16)   NOT NULL,
    required   BOOLEAN       NOT NULL,
    min_value  NUMERIC(18,4),
    max_value  NUMERIC(18,4),
    group_code VARCHAR(64)   NOT NULL,
    sort_order INTEGER       NOT NULL
);

-- The figures every annual report carries (the city summary is built from them).
INSERT INTO sub_indicator (code, name_zh, name_en, unit_zh, unit_en, value_type, required, min_value, max_value, group_code, sort_order) VALUES
 ('construction_investment',        '综合体建设投入',       'Investment in the complex''s construction', '万元', '10k yuan', 'DECIMAL', TRUE, 0, 10000000, 'construction', 10),
 ('cluster_output_value',           '产业集群产值',         'Output value of the industrial cluster',    '万元', '10k yuan', 'DECIMAL', TRUE, 0, 100000000, 'cluster', 20),
 ('cluster_rd_investment',          '产业集群研发投入',     'R&D investment of the cluster',             '万元', '10k yuan', 'DECIMAL', TRUE, 0, 10000000, 'cluster', 30),
 ('cluster_enterprises',            '集群企业数',           'Enterprises in the cluster',                '家',   'count',    'INTEGER', TRUE, 0, 1000000, 'cluster', 40),
 ('above_scale_enterprises',        '其中规上企业',         'of which above designated size',            '家',   'count',    'INTEGER', TRUE, 0, 1000000, 'cluster', 50),
 ('national_high_tech_enterprises', '其中国家高新技术企业', 'of which national high-tech enterprises',   '家',   'count',    'INTEGER', TRUE, 0, 1000000, 'cluster', 60),
 ('provincial_sme_tech_enterprises','其中省科技型中小企业', 'of which provincial S&T SMEs',              '家',   'count',    'INTEGER', TRUE, 0, 1000000, 'cluster', 70),
 ('service_institutions',           '集聚服务机构',         'Service institutions gathered',             '家',   'count',    'INTEGER', TRUE, 0, 100000, 'services', 80),
 ('academicians',                   '合作院士',             'Academicians working with the complex',     '名',   'persons',  'INTEGER', FALSE, 0, 1000, 'services', 90),
 ('enterprise_services',            '服务企业',             'Times enterprises were served',             '次',   'times',    'INTEGER', TRUE, 0, 10000000, 'services', 100),
 ('technical_problems_solved',      '解决企业技术难题',     'Enterprise technical problems solved',      '项',   'items',    'INTEGER', TRUE, 0, 1000000, 'services', 110);

CREATE SEQUENCE sub_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sub_report (
    id            BIGINT         NOT NULL PRIMARY KEY,
    cycle_id      BIGINT         NOT NULL REFERENCES sub_cycle (id),
    report_year   INTEGER        NOT NULL,
    complex_id    BIGINT         NOT NULL,
    county_code   VARCHAR(16)    NOT NULL,
    city_code     VARCHAR(16)    NOT NULL,
    status        VARCHAR(16)    NOT NULL,
    submission_no INTEGER        NOT NULL,
    narrative     VARCHAR(20000),
    submitted_at  TIMESTAMP,
    updated_at    TIMESTAMP      NOT NULL,
    version       BIGINT         NOT NULL,
    CONSTRAINT sub_report_cycle_complex_uk UNIQUE (cycle_id, complex_id)
);
CREATE INDEX sub_report_complex_ix ON sub_report (complex_id);
CREATE INDEX sub_report_county_ix ON sub_report (county_code, report_year);

CREATE TABLE sub_report_value (
    report_id      BIGINT        NOT NULL REFERENCES sub_report (id),
    indicator_code VARCHAR(64)   NOT NULL REFERENCES sub_indicator (code),
    num_value      NUMERIC(18,4),
    PRIMARY KEY (report_id, indicator_code)
);
