-- An optional e-mail address per user: notifications are also mailed when an SMTP host is configured.
ALTER TABLE acc_user ADD COLUMN email VARCHAR(200);
