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
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.UserService;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.ExpertInput;
import org.innocomplex.registry.api.InstitutionInput;
import org.innocomplex.registry.api.InstitutionKind;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportService;

/**
 * Demo data for the embedded run, created once on an empty database and only when {@code innocomplex.demo=true}:
 * sixteen Lishui complexes over the ten units (flagged as demo and named so), each with a contact, service
 * institutions and the reports of the two past years; one user per role in two counties, four experts (one with a
 * conflict of interest with the Jinyun complex), and the 2025 appraisal cycle with every complex's report started.
 * Names, contacts and figures are invented.
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
    ReportService submissions;

    @Inject
    CycleService cycles;

    @Inject
    AppraisalService appraisals;

    /**
     * Who writes the demo data: an administrator that exists only for this start-up work, so that the modules' rules
     * and audit trail apply to the demo as to everything else ("system" in histories).
     */
    static final Actor SYSTEM = new Actor("system", "系统初始化", Role.ADMIN, null, null);

    record DemoComplex(
            String nameZh,
            String nameEn,
            String county,
            Level level,
            ListStatus status,
            String industryZh,
            String industryEn,
            String unit,
            String contact,
            String phone,
            List<InstitutionInput> institutions,
            double scale) {
        /** the six with hand-written institutions; figures of scale 1.0 match what the browser tests enter */
        DemoComplex(
                String nameZh,
                String nameEn,
                String county,
                Level level,
                ListStatus status,
                String industryZh,
                String industryEn,
                String unit,
                String contact,
                String phone,
                List<InstitutionInput> institutions) {
            this(
                    nameZh,
                    nameEn,
                    county,
                    level,
                    status,
                    industryZh,
                    industryEn,
                    unit,
                    contact,
                    phone,
                    institutions,
                    county.equals("331122") || county.equals("331181") ? 1.0 : 0.8);
        }
    }

    /** The other ten: a contact and one institution each, named after the cluster. */
    private static DemoComplex more(
            String zh,
            String en,
            String county,
            Level level,
            ListStatus status,
            String industryZh,
            String industryEn,
            String unit,
            String contact,
            String phone,
            InstitutionKind kind,
            double scale) {
        return new DemoComplex(
                zh + "产业创新服务综合体（演示）",
                en + " Complex (demo)",
                county,
                level,
                status,
                industryZh,
                industryEn,
                unit + "（演示）",
                contact + "（演示）",
                phone,
                List.of(institution(kind, zh + "公共服务平台（演示）", null)),
                scale);
    }

    private static InstitutionInput institution(InstitutionKind kind, String name, String partner) {
        return new InstitutionInput(kind, name, partner, true);
    }

    static final List<DemoComplex> COMPLEXES = List.of(
            new DemoComplex(
                    "缙云锯床和特色机械装备产业创新服务综合体（演示）",
                    "Jinyun Sawing Machine and Characteristic Machinery Complex (demo)",
                    "331122",
                    Level.PROVINCIAL,
                    ListStatus.CREATION,
                    "锯床和特色机械装备",
                    "sawing machines and machinery",
                    "缙云县科创中心（演示）",
                    "周建国（演示）",
                    "0578-3181234",
                    List.of(
                            institution(InstitutionKind.R_AND_D, "缙云锯床产业研究院（演示）", "浙江工业大学（演示）"),
                            institution(InstitutionKind.TESTING, "缙云县锯床产品质量检验中心（演示）", null),
                            institution(InstitutionKind.TECH_TRANSFER, "缙云县科技成果转化服务站（演示）", "浙江大学（演示）"))),
            new DemoComplex(
                    "龙泉汽车空调产业创新服务综合体（演示）",
                    "Longquan Automotive Air-Conditioning Complex (demo)",
                    "331181",
                    Level.PROVINCIAL,
                    ListStatus.CULTIVATION,
                    "汽车空调",
                    "automotive air-conditioning",
                    "龙泉市汽车空调产业服务中心（演示）",
                    "叶晓梅（演示）",
                    "0578-7121234",
                    List.of(
                            institution(InstitutionKind.R_AND_D, "龙泉汽车空调研究院（演示）", "浙江理工大学（演示）"),
                            institution(InstitutionKind.STANDARDS, "汽车空调零部件标准化工作站（演示）", null))),
            new DemoComplex(
                    "青田阀门产业创新服务综合体（演示）",
                    "Qingtian Valve Complex (demo)",
                    "331121",
                    Level.MUNICIPAL,
                    ListStatus.CREATION,
                    "阀门",
                    "valves",
                    "青田县阀门研究院（演示）",
                    "季海峰（演示）",
                    "0578-6821234",
                    List.of(
                            institution(InstitutionKind.TESTING, "青田阀门检测中心（演示）", "浙江省特种设备科学研究院（演示）"),
                            institution(InstitutionKind.IP, "青田阀门知识产权服务站（演示）", null))),
            new DemoComplex(
                    "松阳不锈钢管产业创新服务综合体（演示）",
                    "Songyang Stainless Steel Pipe Complex (demo)",
                    "331124",
                    Level.MUNICIPAL,
                    ListStatus.CULTIVATION,
                    "不锈钢管",
                    "stainless steel pipes",
                    "松阳县不锈钢产业服务中心（演示）",
                    "潘立新（演示）",
                    "13905781234",
                    List.of(institution(InstitutionKind.INCUBATION, "松阳不锈钢创业孵化园（演示）", null))),
            new DemoComplex(
                    "云和木制玩具产业创新服务综合体（演示）",
                    "Yunhe Wooden Toy Complex (demo)",
                    "331125",
                    Level.MUNICIPAL,
                    ListStatus.CREATION,
                    "木制玩具",
                    "wooden toys",
                    "云和县木玩创新中心（演示）",
                    "柳雅琴（演示）",
                    "0578-5121234",
                    List.of(
                            institution(InstitutionKind.R_AND_D, "云和木制玩具设计研究中心（演示）", "中国美术学院（演示）"),
                            institution(InstitutionKind.TALENT_TRAINING, "云和木玩技能培训学校（演示）", null))),
            new DemoComplex(
                    "丽水经开区半导体产业创新服务综合体（演示）",
                    "Lishui ETDZ Semiconductor Complex (demo)",
                    "331199",
                    Level.PROVINCIAL,
                    ListStatus.CULTIVATION,
                    "半导体",
                    "semiconductors",
                    "丽水经开区科技服务中心（演示）",
                    "吴志强（演示）",
                    "0578-2091234",
                    List.of(
                            institution(InstitutionKind.R_AND_D, "丽水半导体产业研究院（演示）", "浙江大学（演示）"),
                            institution(InstitutionKind.FINANCE, "经开区科技金融服务中心（演示）", null),
                            institution(InstitutionKind.INCUBATION, "经开区半导体众创空间（演示）", null))),
            more(
                    "丽水经开区滚动功能部件",
                    "Lishui ETDZ Rolling Functional Parts",
                    "331199",
                    Level.PROVINCIAL,
                    ListStatus.RECOGNISED,
                    "滚动功能部件",
                    "rolling functional parts",
                    "丽水经开区装备产业研究院",
                    "蒋伟东",
                    "0578-2091235",
                    InstitutionKind.R_AND_D,
                    1.2),
            more(
                    "莲都阀门铸造",
                    "Liandu Valve Casting",
                    "331102",
                    Level.MUNICIPAL,
                    ListStatus.CREATION,
                    "阀门铸造",
                    "valve casting",
                    "莲都区产业创新中心",
                    "陈晓东",
                    "0578-2121234",
                    InstitutionKind.TESTING,
                    0.6),
            more(
                    "莲都合成革",
                    "Liandu Synthetic Leather",
                    "331102",
                    Level.MUNICIPAL,
                    ListStatus.CULTIVATION,
                    "合成革",
                    "synthetic leather",
                    "莲都区合成革研究院",
                    "李国强",
                    "0578-2131234",
                    InstitutionKind.STANDARDS,
                    0.5),
            more(
                    "遂昌金属制品",
                    "Suichang Metal Products",
                    "331123",
                    Level.MUNICIPAL,
                    ListStatus.CREATION,
                    "金属制品",
                    "metal products",
                    "遂昌县金属制品服务中心",
                    "华建平",
                    "0578-8121234",
                    InstitutionKind.TESTING,
                    0.6),
            more(
                    "庆元竹木",
                    "Qingyuan Bamboo and Wood",
                    "331126",
                    Level.MUNICIPAL,
                    ListStatus.CREATION,
                    "竹木制品",
                    "bamboo and wood products",
                    "庆元县竹产业研究院",
                    "吴春华",
                    "0578-6221234",
                    InstitutionKind.R_AND_D,
                    0.5),
            more(
                    "庆元食用菌",
                    "Qingyuan Edible Fungi",
                    "331126",
                    Level.PROVINCIAL,
                    ListStatus.CREATION,
                    "食用菌",
                    "edible fungi",
                    "庆元县食用菌科研中心",
                    "姚丽君",
                    "0578-6231234",
                    InstitutionKind.R_AND_D,
                    0.7),
            more(
                    "景宁生态农产品精深加工",
                    "Jingning Eco Agricultural Processing",
                    "331127",
                    Level.MUNICIPAL,
                    ListStatus.CULTIVATION,
                    "生态农产品加工",
                    "eco agricultural processing",
                    "景宁县农产品加工服务中心",
                    "蓝玉芳",
                    "0578-5621234",
                    InstitutionKind.TECH_TRANSFER,
                    0.4),
            more(
                    "龙泉青瓷宝剑",
                    "Longquan Celadon and Sword",
                    "331181",
                    Level.MUNICIPAL,
                    ListStatus.CREATION,
                    "青瓷宝剑",
                    "celadon and swords",
                    "龙泉市青瓷宝剑研究院",
                    "徐朝兴",
                    "0578-7131234",
                    InstitutionKind.IP,
                    0.5),
            more(
                    "缙云短途交通装备",
                    "Jinyun Short-Distance Vehicles",
                    "331122",
                    Level.MUNICIPAL,
                    ListStatus.CULTIVATION,
                    "短途交通装备",
                    "short-distance vehicles",
                    "缙云县交通装备服务中心",
                    "朱立明",
                    "0578-3191234",
                    InstitutionKind.TESTING,
                    0.8),
            more(
                    "青田石雕文化创意",
                    "Qingtian Stone Carving and Creative Design",
                    "331121",
                    Level.MUNICIPAL,
                    ListStatus.CULTIVATION,
                    "石雕文创",
                    "stone carving",
                    "青田县石雕文创中心",
                    "林如奎",
                    "0578-6831234",
                    InstitutionKind.TALENT_TRAINING,
                    0.3));

    record DemoUser(String username, String nameZh, Role role, String scope, Integer complexIndex, String note) {}

    static final List<DemoUser> USERS = List.of(
            new DemoUser(
                    "admin", "系统管理员", Role.ADMIN, null, null, "system administrator: registry, catalogue, workflow"),
            new DemoUser(
                    "security",
                    "安全管理员",
                    Role.SECURITY_ADMIN,
                    null,
                    null,
                    "security administrator: users, roles, unlocks"),
            new DemoUser(
                    "auditor", "审计管理员", Role.AUDITOR, null, null, "audit administrator: reads and verifies the audit"),
            new DemoUser("op-jinyun", "缙云综合体填报员", Role.OPERATOR, "331122", 0, "operator, Jinyun complex"),
            new DemoUser("op-longquan", "龙泉综合体填报员", Role.OPERATOR, "331181", 1, "operator, Longquan complex"),
            new DemoUser(
                    "county-jinyun",
                    "缙云县科技局审核员",
                    Role.COUNTY_OFFICIAL,
                    "331122",
                    null,
                    "county official, Jinyun 331122"),
            new DemoUser(
                    "county-longquan",
                    "龙泉市科技局审核员",
                    Role.COUNTY_OFFICIAL,
                    "331181",
                    null,
                    "county official, Longquan 331181"),
            new DemoUser(
                    "municipal", "丽水市科技局审核员", Role.MUNICIPAL_OFFICIAL, CITY, null, "municipal official, Lishui 331100"),
            new DemoUser(
                    "province",
                    "浙江省科技厅审核员",
                    Role.PROVINCIAL_OFFICIAL,
                    "330000",
                    null,
                    "provincial official, Zhejiang 330000 (reviews where an administrator's BPMN adds a provincial step)"),
            new DemoUser("expert1", "王教授（演示）", Role.EXPERT, null, null, "expert"),
            new DemoUser("expert2", "李研究员（演示）", Role.EXPERT, null, null, "expert"),
            new DemoUser("expert3", "陈高工（演示）", Role.EXPERT, null, null, "expert"),
            new DemoUser(
                    "expert4",
                    "赵主任（演示）",
                    Role.EXPERT,
                    null,
                    null,
                    "expert, conflict of interest with the Jinyun complex"));

    @Transactional
    public void seedIfEmpty() {
        if (users.count() > 0) {
            return;
        }
        List<ComplexData> complexes = COMPLEXES.stream()
                .map(c -> registry.createComplex(
                        SYSTEM,
                        new ComplexInput(
                                c.nameZh(),
                                c.nameEn(),
                                c.county(),
                                c.level(),
                                c.status(),
                                c.industryZh(),
                                c.industryEn(),
                                c.unit(),
                                2019,
                                c.contact(),
                                c.phone(),
                                true)))
                .toList();
        for (int i = 0; i < complexes.size(); i++) {
            for (InstitutionInput institution : COMPLEXES.get(i).institutions()) {
                registry.createInstitution(SYSTEM, complexes.get(i).id(), institution);
            }
        }
        users.seed(USERS.stream()
                .map(u -> new NewUser(
                        u.username(),
                        u.nameZh(),
                        PASSWORD.toCharArray(),
                        u.role(),
                        u.scope(),
                        u.complexIndex() == null
                                ? null
                                : complexes.get(u.complexIndex()).id()))
                .toList());
        registry.createExpert(SYSTEM, "expert1", new ExpertInput("王教授（演示）", "教授", "机械工程", "浙江大学（演示）", List.of()));
        registry.createExpert(
                SYSTEM, "expert2", new ExpertInput("李研究员（演示）", "研究员", "材料科学", "浙江省科学技术研究院（演示）", List.of()));
        registry.createExpert(SYSTEM, "expert3", new ExpertInput("陈高工（演示）", "正高级工程师", "产业经济", "丽水学院（演示）", List.of()));
        registry.createExpert(SYSTEM, "expert4", new ExpertInput("赵主任（演示）", "高级工程师", "装备制造", "缙云县科创中心（演示）", List.of()));
        // two past years, as the bureau collected them before the system, so that year-on-year shows
        for (int i = 0; i < complexes.size(); i++) {
            double scale = COMPLEXES.get(i).scale();
            submissions.recordPastReport(
                    YEAR - 2,
                    CITY,
                    complexes.get(i).id(),
                    figures(scale * 0.88),
                    "（演示数据）" + (YEAR - 2) + "年度综合体建设与服务情况自评。",
                    SYSTEM);
            submissions.recordPastReport(
                    YEAR - 1,
                    CITY,
                    complexes.get(i).id(),
                    figures(scale * 0.95),
                    "（演示数据）" + (YEAR - 1) + "年度综合体建设与服务情况自评。",
                    SYSTEM);
        }
        // one report at a time in this transaction: the start-up runs in one (the cycle opening's chunks commit
        // in transactions of their own, which would not see the complexes created above)
        CycleData cycle = cycles.markOpen(cycles.createCycle(YEAR, CITY, SYSTEM).id(), null, null, SYSTEM);
        for (ComplexData c : complexes) {
            ReportData r = submissions.reportFor(cycle.id(), c.id(), SYSTEM);
            appraisals.start(r.id(), "demo");
        }
        LOG.info(() -> "demo data created: " + complexes.size() + " complexes, " + USERS.size() + " users");
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

    private static Map<String, BigDecimal> figures(double scale) {
        Map<String, BigDecimal> m = new HashMap<>();
        FIGURES.forEach((code, v) -> m.put(
                code,
                code.equals("construction_investment")
                                || code.equals("cluster_output_value")
                                || code.equals("cluster_rd_investment")
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
