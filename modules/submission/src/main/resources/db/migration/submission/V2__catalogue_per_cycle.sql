-- The catalogue (indicator groups, indicators, cross-field rules), the rubric and the grade bands become data of
-- each cycle. Cycle 0 is the TEMPLATE: the programme's defaults (DOMAIN.md), copied into a city's first cycle;
-- later cycles copy the city's previous cycle. A cycle is editable while DRAFT and frozen once OPEN.

ALTER TABLE sub_cycle ADD COLUMN report_due DATE;
ALTER TABLE sub_cycle ADD COLUMN county_due DATE;
ALTER TABLE sub_cycle ADD COLUMN municipal_due DATE;
ALTER TABLE sub_cycle ADD COLUMN expert_due DATE;
ALTER TABLE sub_cycle ADD COLUMN decision_due DATE;
ALTER TABLE sub_cycle ADD COLUMN anomaly_threshold NUMERIC(7,2) DEFAULT 50 NOT NULL;
ALTER TABLE sub_cycle ADD COLUMN scope_levels VARCHAR(100);
ALTER TABLE sub_cycle ADD COLUMN scope_counties VARCHAR(1000);
ALTER TABLE sub_cycle ADD COLUMN opened_at TIMESTAMP;
ALTER TABLE sub_cycle ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

INSERT INTO sub_cycle (id, cycle_year, city_code, status, created_at) VALUES (0, 0, 'TEMPLATE', 'TEMPLATE', CURRENT_TIMESTAMP);

CREATE TABLE sub_indicator_group (
    cycle_id   BIGINT       NOT NULL REFERENCES sub_cycle (id),
    code       VARCHAR(64)  NOT NULL,
    name_zh    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(300) NOT NULL,
    sort_order INTEGER      NOT NULL,
    PRIMARY KEY (cycle_id, code)
);

CREATE TABLE sub_cycle_indicator (
    cycle_id   BIGINT        NOT NULL REFERENCES sub_cycle (id),
    code       VARCHAR(64)   NOT NULL,
    name_zh    VARCHAR(200)  NOT NULL,
    name_en    VARCHAR(300)  NOT NULL,
    unit_zh    VARCHAR(32),
    unit_en    VARCHAR(32),
    value_type VARCHAR(16)   NOT NULL,
    required   BOOLEAN       NOT NULL,
    min_value  NUMERIC(18,4),
    max_value  NUMERIC(18,4),
    group_code VARCHAR(64)   NOT NULL,
    sort_order INTEGER       NOT NULL,
    help_zh    VARCHAR(1000),
    help_en    VARCHAR(1000),
    PRIMARY KEY (cycle_id, code)
);

CREATE TABLE sub_cross_rule (
    cycle_id   BIGINT      NOT NULL REFERENCES sub_cycle (id),
    part_code  VARCHAR(64) NOT NULL,
    whole_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (cycle_id, part_code, whole_code)
);

CREATE TABLE sub_rubric_group (
    cycle_id   BIGINT       NOT NULL REFERENCES sub_cycle (id),
    code       VARCHAR(64)  NOT NULL,
    name_zh    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(300) NOT NULL,
    points     NUMERIC(7,2) NOT NULL,
    sort_order INTEGER      NOT NULL,
    PRIMARY KEY (cycle_id, code)
);

CREATE TABLE sub_rubric_item (
    cycle_id   BIGINT       NOT NULL REFERENCES sub_cycle (id),
    code       VARCHAR(64)  NOT NULL,
    group_code VARCHAR(64)  NOT NULL,
    name_zh    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(300) NOT NULL,
    max_points NUMERIC(7,2) NOT NULL,
    sort_order INTEGER      NOT NULL,
    PRIMARY KEY (cycle_id, code)
);

CREATE TABLE sub_grade_band (
    cycle_id  BIGINT       NOT NULL REFERENCES sub_cycle (id),
    grade     VARCHAR(16)  NOT NULL,
    min_score NUMERIC(7,2) NOT NULL,
    PRIMARY KEY (cycle_id, grade)
);

-- the template: groups (report sections)
INSERT INTO sub_indicator_group (cycle_id, code, name_zh, name_en, sort_order) VALUES
 (0, 'construction', '建设推进', 'Construction progress', 10),
 (0, 'innovation', '创新能力', 'Innovation capacity', 20),
 (0, 'services', '服务绩效', 'Service performance', 30),
 (0, 'cluster', '产业集群', 'Industrial cluster', 40);

-- the template: the figures every report carries, then those the rubric uses
INSERT INTO sub_cycle_indicator (cycle_id, code, name_zh, name_en, unit_zh, unit_en, value_type, required, min_value, max_value, group_code, sort_order, help_zh, help_en) VALUES
 (0, 'construction_investment', '综合体建设投入', 'Investment in the complex''s construction', '万元', '10k yuan', 'DECIMAL', TRUE, 0, 10000000, 'construction', 10, '本年度用于综合体建设的投入，含财政与社会资金。', 'This year''s investment in building the complex, public and private.'),
 (0, 'cobuilt_carriers', '大院名校共建创新载体（累计）', 'Carriers co-built with universities and institutes (cumulative)', '家', 'count', 'INTEGER', FALSE, 0, 10000, 'innovation', 20, '与高校、科研院所共建的研究院、实验室等，累计数。', 'Institutes and labs co-built with universities and research institutes, cumulative.'),
 (0, 'cobuilt_carriers_new', '其中本年新增', 'of which new this year', '家', 'count', 'INTEGER', FALSE, 0, 10000, 'innovation', 30, NULL, NULL),
 (0, 'large_instruments', '大型科研仪器设备', 'Large research instruments', '台（套）', 'units', 'INTEGER', FALSE, 0, 100000, 'innovation', 40, '原值 50 万元以上的仪器设备。', 'Instruments worth 500k yuan or more.'),
 (0, 'talent_headcount', '集聚人才', 'Talent gathered', '人', 'persons', 'INTEGER', FALSE, 0, 1000000, 'innovation', 50, NULL, NULL),
 (0, 'high_level_talent_share', '博士及高级职称人才占比', 'Share with a PhD or senior title', '%', '%', 'PERCENT', FALSE, 0, 100, 'innovation', 60, NULL, NULL),
 (0, 'service_institutions', '集聚服务机构', 'Service institutions gathered', '家', 'count', 'INTEGER', TRUE, 0, 100000, 'services', 70, '研发、检测、成果转化、孵化、培训、金融等机构。', 'R&D, testing, transfer, incubation, training and finance institutions.'),
 (0, 'academicians', '合作院士', 'Academicians working with the complex', '名', 'persons', 'INTEGER', FALSE, 0, 1000, 'services', 80, NULL, NULL),
 (0, 'enterprise_services', '服务企业', 'Times enterprises were served', '次', 'times', 'INTEGER', TRUE, 0, 10000000, 'services', 90, NULL, NULL),
 (0, 'technical_problems_solved', '解决企业技术难题', 'Enterprise technical problems solved', '项', 'items', 'INTEGER', TRUE, 0, 1000000, 'services', 100, NULL, NULL),
 (0, 'incubated_enterprises', '孵化企业', 'Enterprises incubated', '家', 'count', 'INTEGER', FALSE, 0, 100000, 'services', 110, NULL, NULL),
 (0, 'technology_transactions', '技术交易额', 'Technology transactions', '万元', '10k yuan', 'DECIMAL', FALSE, 0, 10000000, 'services', 120, NULL, NULL),
 (0, 'cluster_output_value', '产业集群产值', 'Output value of the industrial cluster', '万元', '10k yuan', 'DECIMAL', TRUE, 0, 100000000, 'cluster', 130, NULL, NULL),
 (0, 'cluster_rd_investment', '产业集群研发投入', 'R&D investment of the cluster', '万元', '10k yuan', 'DECIMAL', TRUE, 0, 10000000, 'cluster', 140, NULL, NULL),
 (0, 'cluster_enterprises', '集群企业数', 'Enterprises in the cluster', '家', 'count', 'INTEGER', TRUE, 0, 1000000, 'cluster', 150, NULL, NULL),
 (0, 'above_scale_enterprises', '其中规上企业', 'of which above designated size', '家', 'count', 'INTEGER', TRUE, 0, 1000000, 'cluster', 160, NULL, NULL),
 (0, 'national_high_tech_enterprises', '其中国家高新技术企业', 'of which national high-tech enterprises', '家', 'count', 'INTEGER', TRUE, 0, 1000000, 'cluster', 170, NULL, NULL),
 (0, 'provincial_sme_tech_enterprises', '其中省科技型中小企业', 'of which provincial S&T SMEs', '家', 'count', 'INTEGER', TRUE, 0, 1000000, 'cluster', 180, NULL, NULL),
 (0, 'venture_funds', '引进创投基金规模', 'Venture funds raised', '万元', '10k yuan', 'DECIMAL', FALSE, 0, 10000000, 'cluster', 190, NULL, NULL),
 (0, 'ip_pledge_loans', '知识产权质押融资', 'IP-pledge loans', '万元', '10k yuan', 'DECIMAL', FALSE, 0, 10000000, 'cluster', 200, NULL, NULL);

INSERT INTO sub_cross_rule (cycle_id, part_code, whole_code) VALUES
 (0, 'above_scale_enterprises', 'cluster_enterprises'),
 (0, 'national_high_tech_enterprises', 'cluster_enterprises'),
 (0, 'provincial_sme_tech_enterprises', 'cluster_enterprises'),
 (0, 'cobuilt_carriers_new', 'cobuilt_carriers');

-- the template rubric: Shaoxing's public groups and items; the remaining ~45 points as configurable groups
INSERT INTO sub_rubric_group (cycle_id, code, name_zh, name_en, points, sort_order) VALUES
 (0, 'construction', '建设推进', 'Construction progress', 30, 10),
 (0, 'innovation', '创新能力', 'Innovation capacity', 25, 20),
 (0, 'services', '服务绩效', 'Service performance', 25, 30),
 (0, 'outcomes', '产业成效', 'Cluster outcomes', 20, 40);

INSERT INTO sub_rubric_item (cycle_id, code, group_code, name_zh, name_en, max_points, sort_order) VALUES
 (0, 'plan', 'construction', '建设方案', 'Construction plan', 2, 10),
 (0, 'implementation', 'construction', '方案实施', 'Implementation', 8, 20),
 (0, 'mechanism_funding', 'construction', '运行机制与资金保障', 'Mechanism and funding', 3, 30),
 (0, 'one_stop_service', 'construction', '一站式与数字化服务', 'One-stop and digital service', 2, 40),
 (0, 'operating_team', 'construction', '运营团队', 'Operating team', 3, 50),
 (0, 'leading_firm', 'construction', '龙头企业作用', 'Role of leading firms', 1, 60),
 (0, 'service_hall', 'construction', '服务大厅', 'Service hall', 3, 70),
 (0, 'exhibition_hall', 'construction', '展示厅', 'Exhibition hall', 4, 80),
 (0, 'signage', 'construction', '标识标牌', 'Signage', 2, 90),
 (0, 'video', 'construction', '宣传视频', 'Video', 2, 100),
 (0, 'carriers_cumulative', 'innovation', '共建创新载体（累计）', 'Co-built carriers (cumulative)', 3, 110),
 (0, 'carriers_new', 'innovation', '共建创新载体（新增）', 'Co-built carriers (new)', 2, 120),
 (0, 'institutions_cumulative', 'innovation', '服务机构（累计）', 'Institutions (cumulative)', 3, 130),
 (0, 'institutions_growth', 'innovation', '服务机构（增长）', 'Institutions (growth)', 1, 140),
 (0, 'instruments', 'innovation', '科研仪器', 'Instruments', 2, 150),
 (0, 'instruments_growth', 'innovation', '科研仪器（增长）', 'Instruments (growth)', 1, 160),
 (0, 'talent', 'innovation', '人才集聚', 'Talent', 2, 170),
 (0, 'talent_growth', 'innovation', '人才集聚（增长）', 'Talent (growth)', 1, 180),
 (0, 'high_level_talent', 'innovation', '高层次人才占比', 'High-level talent share', 2, 190),
 (0, 'industry_academia', 'innovation', '产学研合作项目', 'Industry-academia projects', 4, 200),
 (0, 'tech_transactions', 'innovation', '技术交易', 'Technology transactions', 4, 210),
 (0, 'enterprise_services', 'services', '服务企业', 'Enterprises served', 10, 220),
 (0, 'problems_solved', 'services', '解决技术难题', 'Technical problems solved', 10, 230),
 (0, 'incubation', 'services', '孵化企业', 'Incubation', 5, 240),
 (0, 'output_growth', 'outcomes', '集群产值增长', 'Cluster output growth', 8, 250),
 (0, 'rd_intensity', 'outcomes', '研发投入强度', 'R&D intensity', 6, 260),
 (0, 'high_tech_growth', 'outcomes', '高新技术企业增长', 'High-tech enterprise growth', 6, 270);

INSERT INTO sub_grade_band (cycle_id, grade, min_score) VALUES
 (0, 'EXCELLENT', 90), (0, 'GOOD', 70), (0, 'PASS', 60), (0, 'FAIL', 0);

-- every existing cycle gets the template as its catalogue, rubric and bands
INSERT INTO sub_indicator_group (cycle_id, code, name_zh, name_en, sort_order)
  SELECT c.id, g.code, g.name_zh, g.name_en, g.sort_order FROM sub_cycle c, sub_indicator_group g WHERE c.id <> 0 AND g.cycle_id = 0;
INSERT INTO sub_cycle_indicator (cycle_id, code, name_zh, name_en, unit_zh, unit_en, value_type, required, min_value, max_value, group_code, sort_order, help_zh, help_en)
  SELECT c.id, i.code, i.name_zh, i.name_en, i.unit_zh, i.unit_en, i.value_type, i.required, i.min_value, i.max_value, i.group_code, i.sort_order, i.help_zh, i.help_en
  FROM sub_cycle c, sub_cycle_indicator i WHERE c.id <> 0 AND i.cycle_id = 0;
INSERT INTO sub_cross_rule (cycle_id, part_code, whole_code)
  SELECT c.id, r.part_code, r.whole_code FROM sub_cycle c, sub_cross_rule r WHERE c.id <> 0 AND r.cycle_id = 0;
INSERT INTO sub_rubric_group (cycle_id, code, name_zh, name_en, points, sort_order)
  SELECT c.id, g.code, g.name_zh, g.name_en, g.points, g.sort_order FROM sub_cycle c, sub_rubric_group g WHERE c.id <> 0 AND g.cycle_id = 0;
INSERT INTO sub_rubric_item (cycle_id, code, group_code, name_zh, name_en, max_points, sort_order)
  SELECT c.id, i.code, i.group_code, i.name_zh, i.name_en, i.max_points, i.sort_order FROM sub_cycle c, sub_rubric_item i WHERE c.id <> 0 AND i.cycle_id = 0;
INSERT INTO sub_grade_band (cycle_id, grade, min_score)
  SELECT c.id, b.grade, b.min_score FROM sub_cycle c, sub_grade_band b WHERE c.id <> 0 AND b.cycle_id = 0;

-- values: text indicators, and no tie to the old global catalogue (which is dropped); recreated because the
-- old foreign key's name differs between databases
CREATE TABLE sub_report_value_v2 (
    report_id      BIGINT        NOT NULL REFERENCES sub_report (id),
    indicator_code VARCHAR(64)   NOT NULL,
    num_value      NUMERIC(18,4),
    text_value     VARCHAR(4000),
    PRIMARY KEY (report_id, indicator_code)
);
INSERT INTO sub_report_value_v2 (report_id, indicator_code, num_value)
  SELECT report_id, indicator_code, num_value FROM sub_report_value;
DROP TABLE sub_report_value;
ALTER TABLE sub_report_value_v2 RENAME TO sub_report_value;
DROP TABLE sub_indicator;

-- what the operator explains: anomalies (change beyond the threshold, rule violations), by indicator
CREATE TABLE sub_report_explanation (
    report_id      BIGINT        NOT NULL REFERENCES sub_report (id),
    indicator_code VARCHAR(64)   NOT NULL,
    explanation    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (report_id, indicator_code)
);

-- every submission is a version: what was submitted, frozen
CREATE SEQUENCE sub_report_version_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sub_report_version (
    id           BIGINT         NOT NULL PRIMARY KEY,
    report_id    BIGINT         NOT NULL REFERENCES sub_report (id),
    version_no   INTEGER        NOT NULL,
    narrative    VARCHAR(20000),
    submitted_by VARCHAR(64)    NOT NULL,
    submitted_at TIMESTAMP      NOT NULL,
    CONSTRAINT sub_report_version_uk UNIQUE (report_id, version_no)
);
CREATE TABLE sub_report_version_value (
    version_id     BIGINT        NOT NULL REFERENCES sub_report_version (id),
    indicator_code VARCHAR(64)   NOT NULL,
    num_value      NUMERIC(18,4),
    text_value     VARCHAR(4000),
    PRIMARY KEY (version_id, indicator_code)
);
