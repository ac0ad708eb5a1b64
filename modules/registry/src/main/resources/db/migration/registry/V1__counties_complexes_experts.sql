-- registry owns counties (reference data, seeded here), complexes and the expert roster.
CREATE TABLE reg_county (
    code       VARCHAR(16)  NOT NULL PRIMARY KEY,
    name_zh    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    city_code  VARCHAR(16)  NOT NULL,
    sort_order INTEGER      NOT NULL
);

-- Lishui (丽水市, 331100). The Economic and Technological Development Zone has no national division code:
-- 331199 is this product's internal code for it (unused in the national scheme).
INSERT INTO reg_county (code, name_zh, name_en, city_code, sort_order) VALUES
 ('331102', '莲都区', 'Liandu District', '331100', 1),
 ('331121', '青田县', 'Qingtian County', '331100', 2),
 ('331122', '缙云县', 'Jinyun County', '331100', 3),
 ('331123', '遂昌县', 'Suichang County', '331100', 4),
 ('331124', '松阳县', 'Songyang County', '331100', 5),
 ('331125', '云和县', 'Yunhe County', '331100', 6),
 ('331126', '庆元县', 'Qingyuan County', '331100', 7),
 ('331127', '景宁畲族自治县', 'Jingning She Autonomous County', '331100', 8),
 ('331181', '龙泉市', 'Longquan', '331100', 9),
 ('331199', '丽水经济技术开发区', 'Lishui Economic and Technological Development Zone', '331100', 10);

CREATE SEQUENCE reg_complex_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reg_complex (
    id             BIGINT       NOT NULL PRIMARY KEY,
    name_zh        VARCHAR(200) NOT NULL,
    name_en        VARCHAR(300) NOT NULL,
    county_code    VARCHAR(16)  NOT NULL REFERENCES reg_county (code),
    city_code      VARCHAR(16)  NOT NULL,
    level          VARCHAR(16)  NOT NULL,
    list_status    VARCHAR(16)  NOT NULL,
    industry_zh    VARCHAR(200),
    industry_en    VARCHAR(300),
    operating_unit VARCHAR(300),
    established    INTEGER,
    demo           BOOLEAN      NOT NULL,
    active         BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL
);
CREATE INDEX reg_complex_county_ix ON reg_complex (county_code);

CREATE SEQUENCE reg_expert_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reg_expert (
    id           BIGINT        NOT NULL PRIMARY KEY,
    username     VARCHAR(64)   NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    title        VARCHAR(100),
    field        VARCHAR(200),
    organisation VARCHAR(300),
    affiliations VARCHAR(4000),
    CONSTRAINT reg_expert_username_uk UNIQUE (username)
);
