package org.innocomplex.web.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A running appraisal and its data survive a restart of the server: the operator submits, the server is stopped
 * and started again on the same database, and the county official finds the task, the values, and can go on.
 */
class ServerRestartIT {
    static final String PASSWORD = AppraisalJourneyIT.PASSWORD;
    static final String LONGQUAN = "龙泉汽车空调";

    @Test
    void aRunningAppraisalAndItsDataSurviveARestart() throws Exception {
        Path dir = MicroServer.buildDir().toPath().resolve("restart-db");
        Files.createDirectories(dir);
        List<String> db = List.of(
                "-Dinnocomplex.db.url="
                        + System.getProperty(
                                "restart.db.url",
                                "jdbc:h2:file:" + dir.toAbsolutePath() + "/innocomplex;DB_CLOSE_ON_EXIT=FALSE"),
                "-Dinnocomplex.db.class=" + System.getProperty("restart.db.class", "org.h2.jdbcx.JdbcDataSource"),
                "-Dinnocomplex.db.user=" + System.getProperty("restart.db.user", "sa"),
                "-Dinnocomplex.db.password=" + System.getProperty("restart.db.password", "sa"));
        // a free port: another run on the machine (the README's Run command on another port, a second build) may hold
        // 18080
        int port = Integer.getInteger("restart.port", MicroServer.freePort());
        Path log = dir.resolve("server.log");

        try (MicroServer server = new MicroServer(port, db, log)) {
            long first = server.start();
            try (Browser b = new Browser(server.url(), "restart")) {
                b.login("op-longquan", PASSWORD);
                b.click(By.partialLinkText(LONGQUAN));
                AppraisalJourneyIT.VALUES.forEach(
                        (code, v) -> b.type(By.cssSelector("input[data-code='" + code + "']"), v));
                b.type("report:narrative", "龙泉汽车空调综合体2025年度自评：平台运行良好，服务企业1650次。（演示）");
                b.click(By.id("report:submit"));
                b.waitForText("已办理完成并保存");
                b.screenshot("before-restart");
            }

            server.stop();
            long second = server.start();
            Measurements.record(
                    "restart",
                    String.format("ready after %d ms on an empty database, %d ms on restart", first, second));

            try (Browser b = new Browser(server.url(), "restart")) {
                b.login("county-longquan", PASSWORD);
                b.click(By.partialLinkText(LONGQUAN));
                b.waitForText("县级审核", "1380.5", "龙泉汽车空调综合体2025年度自评");
                b.screenshot("after-restart-county-task");
                b.click(By.id("review:approve"));
                b.waitForText("已办理完成并保存");
                b.logout();
                b.login("municipal", PASSWORD);
                b.waitForText(LONGQUAN, "市级审核");
                b.screenshot("after-restart-municipal-inbox");
            }
        }
    }
}
