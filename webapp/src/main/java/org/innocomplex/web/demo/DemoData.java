package org.innocomplex.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.UserService;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.registry.api.ComplexView;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.innocomplex.registry.api.NewComplex;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CycleView;
import org.innocomplex.submission.api.ReportView;
import org.innocomplex.submission.api.SubmissionService;

/**
 * Demo data for the embedded run, created once on an empty database and only when {@code innocomplex.demo=true}:
 * Lishui complexes (flagged as demo and named so), one user per role in two counties, four experts (one with a
 * conflict of interest with the Jinyun complex), and the 2025 appraisal cycle with every complex's report started.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The one password of every demo user; printed at start, never used outside the demo setup. */
    public static final String PASSWORD = "Demo@2026";
    public static final String CITY = "331100";
    public static final int YEAR = 2025;

    @Inject
    UserService users;
    @Inject
    RegistryService registry;
    @Inject
    SubmissionService submissions;
    @Inject
    AppraisalService appraisals;

    record DemoComplex(String nameZh, String nameEn, String county, Level level, ListStatus status,
                       String industryZh, String industryEn, String unit) {
    }

    static final List<DemoComplex> COMPLEXES = List.of(
            new DemoComplex("缙云锯床和特色机械装备产业创新服务综合体（演示）",
                    "Jinyun Sawing Machine and Characteristic Machinery Complex (demo)", "331122",
                    Level.PROVINCIAL, ListStatus.CREATION, "锯床和特色机械装备", "sawing machines and machinery",
                    "缙云县科创中心（演示）"),
            new DemoComplex("龙泉汽车空调产业创新服务综合体（演示）",
                    "Longquan Automotive Air-Conditioning Complex (demo)", "331181",
                    Level.PROVINCIAL, ListStatus.CULTIVATION, "汽车空调", "automotive air-conditioning",
                    "龙泉市汽车空调产业服务中心（演示）"),
            new DemoComplex("青田阀门产业创新服务综合体（演示）", "Qingtian Valve Complex (demo)", "331121",
                    Level.MUNICIPAL, ListStatus.CREATION, "阀门", "valves", "青田县阀门研究院（演示）"),
            new DemoComplex("松阳不锈钢管产业创新服务综合体（演示）", "Songyang Stainless Steel Pipe Complex (demo)",
                    "331124", Level.MUNICIPAL, ListStatus.CULTIVATION, "不锈钢管", "stainless steel pipes",
                    "松阳县不锈钢产业服务中心（演示）"),
            new DemoComplex("云和木制玩具产业创新服务综合体（演示）", "Yunhe Wooden Toy Complex (demo)", "331125",
                    Level.MUNICIPAL, ListStatus.CREATION, "木制玩具", "wooden toys", "云和县木玩创新中心（演示）"),
            new DemoComplex("丽水经开区半导体产业创新服务综合体（演示）",
                    "Lishui ETDZ Semiconductor Complex (demo)", "331199", Level.PROVINCIAL, ListStatus.CULTIVATION,
                    "半导体", "semiconductors", "丽水经开区科技服务中心（演示）"));

    record DemoUser(String username, String nameZh, Role role, String scope, Integer complexIndex, String note) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "系统管理员", Role.ADMIN, null, null, "administrator"),
            new DemoUser("op-jinyun", "缙云综合体填报员", Role.OPERATOR, "331122", 0, "operator, Jinyun complex"),
            new DemoUser("op-longquan", "龙泉综合体填报员", Role.OPERATOR, "331181", 1, "operator, Longquan complex"),
            new DemoUser("county-jinyun", "缙云县科技局审核员", Role.COUNTY_OFFICIAL, "331122", null,
                    "county official, Jinyun 331122"),
            new DemoUser("county-longquan", "龙泉市科技局审核员", Role.COUNTY_OFFICIAL, "331181", null,
                    "county official, Longquan 331181"),
            new DemoUser("municipal", "丽水市科技局审核员", Role.MUNICIPAL_OFFICIAL, CITY, null,
                    "municipal official, Lishui 331100"),
            new DemoUser("expert1", "王教授（演示）", Role.EXPERT, null, null, "expert"),
            new DemoUser("expert2", "李研究员（演示）", Role.EXPERT, null, null, "expert"),
            new DemoUser("expert3", "陈高工（演示）", Role.EXPERT, null, null, "expert"),
            new DemoUser("expert4", "赵主任（演示）", Role.EXPERT, null, null,
                    "expert, conflict of interest with the Jinyun complex"));

    @Transactional
    public void seedIfEmpty() {
        if (users.count() > 0) {
            return;
        }
        List<ComplexView> complexes = COMPLEXES.stream().map(c -> registry.createComplex(new NewComplex(
                c.nameZh(), c.nameEn(), c.county(), c.level(), c.status(), c.industryZh(), c.industryEn(),
                c.unit(), 2019, true))).toList();
        for (DemoUser u : USERS) {
            Long complexId = u.complexIndex() == null ? null : complexes.get(u.complexIndex()).id();
            users.create(new NewUser(u.username(), u.nameZh(), PASSWORD.toCharArray(), u.role(), u.scope(),
                    complexId));
        }
        registry.createExpert("expert1", "王教授（演示）", "教授", "机械工程", "浙江大学（演示）", List.of());
        registry.createExpert("expert2", "李研究员（演示）", "研究员", "材料科学", "浙江省科学技术研究院（演示）",
                List.of());
        registry.createExpert("expert3", "陈高工（演示）", "正高级工程师", "产业经济", "丽水学院（演示）", List.of());
        registry.createExpert("expert4", "赵主任（演示）", "高级工程师", "装备制造", "缙云县科创中心（演示）",
                List.of());
        CycleView cycle = submissions.openCycle(YEAR, CITY);
        for (ComplexView c : complexes) {
            ReportView r = submissions.reportFor(cycle.id(), c.id());
            appraisals.start(r.id(), "demo");
        }
        LOG.info(() -> "demo data created: " + complexes.size() + " complexes, " + USERS.size() + " users");
    }

    public static String loginsText() {
        StringBuilder sb = new StringBuilder("Demo logins (password for all: " + PASSWORD + "):\n");
        for (DemoUser u : USERS) {
            sb.append(String.format("  %-16s %s%n", u.username(), u.note()));
        }
        return sb.toString();
    }
}
