-- Cities (设区市) whose bureaus run the programme; counties refer to them by code.
CREATE TABLE reg_city (
    code    VARCHAR(16)  NOT NULL PRIMARY KEY,
    name_zh VARCHAR(100) NOT NULL,
    name_en VARCHAR(200) NOT NULL
);
INSERT INTO reg_city (code, name_zh, name_en) VALUES ('331100', '丽水市', 'Lishui');
