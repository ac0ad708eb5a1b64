package org.innocomplex.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * sixteen Lishui complexes over the ten units (flagged as demo and named so) with reports of the two past years, one user per role in two counties, four experts (one with a
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
                       String industryZh, String industryEn, String unit, double scale) {
    }

    /** the first two are the ones the demo users operate; {@code scale} sizes each complex's demo figures */
    static final List<DemoComplex> COMPLEXES = List.of(
            c("缙云锯床和特色机械装备", "Jinyun Sawing Machine and Characteristic Machinery", "331122",
                    Level.PROVINCIAL, ListStatus.CREATION, "锯床和特色机械装备", "sawing machines and machinery",
                    "缙云县科创中心", 1.0),
            c("龙泉汽车空调", "Longquan Automotive Air-Conditioning", "331181", Level.PROVINCIAL,
                    ListStatus.CULTIVATION, "汽车空调", "automotive air-conditioning", "龙泉市汽车空调产业服务中心", 1.0),
            c("青田阀门", "Qingtian Valve", "331121", Level.MUNICIPAL, ListStatus.CREATION, "阀门", "valves",
                    "青田县阀门研究院", 0.8),
            c("松阳不锈钢管", "Songyang Stainless Steel Pipe", "331124", Level.MUNICIPAL, ListStatus.CULTIVATION,
                    "不锈钢管", "stainless steel pipes", "松阳县不锈钢产业服务中心", 0.9),
            c("云和木制玩具", "Yunhe Wooden Toy", "331125", Level.PROVINCIAL, ListStatus.CREATION, "木制玩具",
                    "wooden toys", "云和县木玩创新中心", 0.7),
            c("丽水经开区半导体", "Lishui ETDZ Semiconductor", "331199", Level.PROVINCIAL, ListStatus.CULTIVATION,
                    "半导体", "semiconductors", "丽水经开区科技服务中心", 1.3),
            c("丽水经开区滚动功能部件", "Lishui ETDZ Rolling Functional Parts", "331199", Level.PROVINCIAL,
                    ListStatus.RECOGNISED, "滚动功能部件", "rolling functional parts", "丽水经开区装备产业研究院", 1.2),
            c("莲都阀门铸造", "Liandu Valve Casting", "331102", Level.MUNICIPAL, ListStatus.CREATION, "阀门铸造",
                    "valve casting", "莲都区产业创新中心", 0.6),
            c("莲都合成革", "Liandu Synthetic Leather", "331102", Level.MUNICIPAL, ListStatus.CULTIVATION,
                    "合成革", "synthetic leather", "莲都区合成革研究院", 0.5),
            c("遂昌金属制品", "Suichang Metal Products", "331123", Level.MUNICIPAL, ListStatus.CREATION, "金属制品",
                    "metal products", "遂昌县金属制品服务中心", 0.6),
            c("庆元竹木", "Qingyuan Bamboo and Wood", "331126", Level.MUNICIPAL, ListStatus.CREATION, "竹木制品",
                    "bamboo and wood products", "庆元县竹产业研究院", 0.5),
            c("庆元食用菌", "Qingyuan Edible Fungi", "331126", Level.PROVINCIAL, ListStatus.CREATION, "食用菌",
                    "edible fungi", "庆元县食用菌科研中心", 0.7),
            c("景宁生态农产品精深加工", "Jingning Eco Agricultural Processing", "331127", Level.MUNICIPAL,
                    ListStatus.CULTIVATION, "生态农产品加工", "eco agricultural processing", "景宁县农产品加工服务中心", 0.4),
            c("龙泉青瓷宝剑", "Longquan Celadon and Sword", "331181", Level.MUNICIPAL, ListStatus.CREATION,
                    "青瓷宝剑", "celadon and swords", "龙泉市青瓷宝剑研究院", 0.5),
            c("缙云短途交通装备", "Jinyun Short-Distance Vehicles", "331122", Level.MUNICIPAL,
                    ListStatus.CULTIVATION, "短途交通装备", "short-distance vehicles", "缙云县交通装备服务中心", 0.8),
            c("青田石雕文化创意", "Qingtian Stone Carving and Creative Design", "331121", Level.MUNICIPAL,
                    ListStatus.CULTIVATION, "石雕文创", "stone carving", "青田县石雕文创中心", 0.3));

    private static DemoComplex c(String zh, String en, String county, Level level, ListStatus status,
                                 String industryZh, String industryEn, String unit, double scale) {
        return new DemoComplex(zh + "产业创新服务综合体（演示）", en + " Complex (demo)", county, level, status,
                industryZh, industryEn, unit + "（演示）", scale);
    }

    /** A demo report's figures, near those the browser tests enter for 2025 for a complex of scale 1.0. */
    static final Map<String, Double> FIGURES = Map.ofEntries(
            Map.entry("construction_investment", 1300.0),
            Map.entry("cluster_output_value", 1200000.0),
            Map.entry("cluster_rd_investment", 36000.0),
            Map.entry("cluster_enterprises", 540.0),
            Map.entry("above_scale_enterprises", 200.0),
            Map.entry("national_high_tech_enterprises", 58.0),
            Map.entry("provincial_sme_tech_enterprises", 140.0),
            Map.entry("service_institutions", 20.0),
            Map.entry("academicians", 3.0),
            Map.entry("enterprise_services", 1550.0),
            Map.entry("technical_problems_solved", 92.0),
            Map.entry("cobuilt_carriers", 6.0),
            Map.entry("incubated_enterprises", 12.0));

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
        // two past years, as the bureau collected them before the system, so that year-on-year shows
        for (int i = 0; i < complexes.size(); i++) {
            double scale = COMPLEXES.get(i).scale();
            submissions.recordPastReport(YEAR - 2, CITY, complexes.get(i).id(), figures(scale * 0.88),
                    "（演示数据）" + (YEAR - 2) + "年度综合体建设与服务情况自评。", "demo");
            submissions.recordPastReport(YEAR - 1, CITY, complexes.get(i).id(), figures(scale * 0.95),
                    "（演示数据）" + (YEAR - 1) + "年度综合体建设与服务情况自评。", "demo");
        }
        CycleView cycle = submissions.openCycle(YEAR, CITY);
        for (ComplexView c : complexes) {
            ReportView r = submissions.reportFor(cycle.id(), c.id());
            appraisals.start(r.id(), "demo");
        }
        LOG.info(() -> "demo data created: " + complexes.size() + " complexes, " + USERS.size() + " users");
    }

    private static Map<String, BigDecimal> figures(double scale) {
        Map<String, BigDecimal> m = new HashMap<>();
        FIGURES.forEach((code, v) -> m.put(code, code.equals("construction_investment")
                || code.equals("cluster_output_value") || code.equals("cluster_rd_investment")
                ? BigDecimal.valueOf(v * scale).setScale(1, RoundingMode.HALF_UP)
                : BigDecimal.valueOf(Math.round(v * scale))));
        return m;
    }

    public static String loginsText() {
        StringBuilder sb = new StringBuilder("Demo logins (password for all: " + PASSWORD + "):\n");
        for (DemoUser u : USERS) {
            sb.append(String.format("  %-16s %s%n", u.username(), u.note()));
        }
        return sb.toString();
    }
}
