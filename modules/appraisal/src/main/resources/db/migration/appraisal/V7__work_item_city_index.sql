-- The dashboard's "current cycle's progress" counts a city's (or county's) open steps of a year; the inbox indexes
-- all lead with the audience, so without this the count read every work item ever written (over a million in the
-- benchmark) on each dashboard.
CREATE INDEX apr_work_item_city_ix ON apr_work_item (city_code, appraisal_year, status, county_code);
