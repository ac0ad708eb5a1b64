package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The users page: the administrator gives a user the address their notifications are mailed to (a malformed one is
 * refused beside the field and nothing changes; a good one is saved and shown again when the dialog reopens), and
 * creates a provincial official for a province of the registry's cities.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserEmailJourneyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theSecurityAdministratorSetsAUsersNotificationAddress() {
        try (Browser b = new Browser(base, "user-email")) {
            b.login("security", "Demo@2026");
            b.click(By.id("navUsers"));
            b.type("users:list:globalFilter", "county-longquan");
            b.waitForNoText("county-jinyun");
            b.click(By.cssSelector("button[id$=':email']"));
            b.waitFor(By.id("emailForm:address"));
            b.type("emailForm:address", "not an address");
            b.click(By.id("emailForm:save"));
            b.waitForText("请输入有效的电子邮箱地址。");
            b.screenshot("email-refused");

            b.type("emailForm:address", "longquan.kjj@example.org");
            b.click(By.id("emailForm:save"));
            b.waitForText("已保存 county-longquan 的电子邮箱。");

            b.click(By.cssSelector("button[id$=':email']"));
            b.waitFor(By.id("emailForm:address"));
            assertThat(b.value("emailForm:address")).isEqualTo("longquan.kjj@example.org");
            b.screenshot("email-saved");
        }
    }

    @Test
    void theSecurityAdministratorCreatesAProvincialOfficialForZhejiang() {
        String username = "it-province-" + System.currentTimeMillis();
        try (Browser b = new Browser(base, "users-provincial")) {
            b.login("security", "Demo@2026");
            b.click(By.id("navUsers"));
            b.click(By.id("users:list:new"));
            b.waitFor(By.id("userForm:username"));
            b.type("userForm:username", username);
            b.type("userForm:displayName", "省科技厅审核员");
            b.choose("userForm:role", "省级审核员");
            // without a province the scope is refused beside its own select
            b.type("userForm:password", "Province@2026x");
            b.click(By.id("userForm:save"));
            b.waitForText("该角色必须指定所属区域");
            assertThat(b.text(By.id("userForm:provinceCodeMessage"))).contains("该角色必须指定所属区域");
            b.choose("userForm:provinceCode", "浙江省");
            b.type("userForm:password", "Province@2026x");
            b.click(By.id("userForm:save"));
            b.waitForText("已创建用户 " + username);
            b.type("users:list:globalFilter", username);
            b.waitForNoText("county-jinyun");
            assertThat(b.text(By.id("users:list")))
                    .contains(username)
                    .contains("省级审核员")
                    .contains("浙江省");
            b.screenshot("provincial-official");
        }
    }
}
