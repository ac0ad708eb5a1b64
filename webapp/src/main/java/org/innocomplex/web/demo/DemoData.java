package org.innocomplex.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.UserService;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.ComplexView;
import org.innocomplex.registry.api.ExpertInput;
import org.innocomplex.registry.api.InstitutionInput;
import org.innocomplex.registry.api.InstitutionKind;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CycleView;
import org.innocomplex.submission.api.ReportView;
import org.innocomplex.submission.api.SubmissionService;

/**
 * Demo data for the embedded run, created once on an empty database and only when {@code innocomplex.demo=true}:
 * Lishui complexes (flagged as demo and named so) with a contact and one to three service institutions each, one
 * user per role in two counties, four experts (one with a conflict of interest with the Jinyun complex), and the
 * 2025 appraisal cycle with every complex's report started. Names and contacts are invented.
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

    /**
     * Who writes the demo data into the registry: an administrator that exists only for this start-up work, so
     * that the registry's rules and audit trail apply to the demo as to everything else ("system" in histories).
     */
    static final Actor SYSTEM = new Actor("system", "系统初始化", Role.ADMIN, null, null);

    record DemoComplex(String nameZh, String nameEn, String county, Level level, ListStatus status,
                       String industryZh, String industryEn, String unit, String contact, String phone,
                       List<InstitutionInput> institutions) {
    }

    private static InstitutionInput institution(InstitutionKind kind, String name, String partner) {
        return new InstitutionInput(kind, name, partner, true);
    }

    static final List<DemoComplex> COMPLEXES = List.of(
            new DemoComplex("缙云锯床和特色机械装备产业创新服务综合体（演示）",
                    "Jinyun Sawing Machine and Characteristic Machinery Complex (demo)", "331122",
                    Level.PROVINCIAL, ListStatus.CREATION, "锯床和特色机械装备", "sawing machines and machinery",
                    "缙云县科创中心（演示）", "周建国（演示）", "0578-3181234", List.of(
                            institution(InstitutionKind.R_AND_D, "缙云锯床产业研究院（演示）", "浙江工业大学（演示）"),
                            institution(InstitutionKind.TESTING, "缙云县锯床产品质量检验中心（演示）", null),
                            institution(InstitutionKind.TECH_TRANSFER, "缙云县科技成果转化服务站（演示）",
                                    "浙江大学（演示）"))),
            new DemoComplex("龙泉汽车空调产业创新服务综合体（演示）",
                    "Longquan Automotive Air-Conditioning Complex (demo)", "331181",
                    Level.PROVINCIAL, ListStatus.CULTIVATION, "汽车空调", "automotive air-conditioning",
                    "龙泉市汽车空调产业服务中心（演示）", "叶晓梅（演示）", "0578-7121234", List.of(
                            institution(InstitutionKind.R_AND_D, "龙泉汽车空调研究院（演示）", "浙江理工大学（演示）"),
                            institution(InstitutionKind.STANDARDS, "汽车空调零部件标准化工作站（演示）", null))),
            new DemoComplex("青田阀门产业创新服务综合体（演示）", "Qingtian Valve Complex (demo)", "331121",
                    Level.MUNICIPAL, ListStatus.CREATION, "阀门", "valves", "青田县阀门研究院（演示）",
                    "季海峰（演示）", "0578-6821234", List.of(
                            institution(InstitutionKind.TESTING, "青田阀门检测中心（演示）",
                                    "浙江省特种设备科学研究院（演示）"),
                            institution(InstitutionKind.IP, "青田阀门知识产权服务站（演示）", null))),
            new DemoComplex("松阳不锈钢管产业创新服务综合体（演示）", "Songyang Stainless Steel Pipe Complex (demo)",
                    "331124", Level.MUNICIPAL, ListStatus.CULTIVATION, "不锈钢管", "stainless steel pipes",
                    "松阳县不锈钢产业服务中心（演示）", "潘立新（演示）", "13905781234", List.of(
                            institution(InstitutionKind.INCUBATION, "松阳不锈钢创业孵化园（演示）", null))),
            new DemoComplex("云和木制玩具产业创新服务综合体（演示）", "Yunhe Wooden Toy Complex (demo)", "331125",
                    Level.MUNICIPAL, ListStatus.CREATION, "木制玩具", "wooden toys", "云和县木玩创新中心（演示）",
                    "柳雅琴（演示）", "0578-5121234", List.of(
                            institution(InstitutionKind.R_AND_D, "云和木制玩具设计研究中心（演示）",
                                    "中国美术学院（演示）"),
                            institution(InstitutionKind.TALENT_TRAINING, "云和木玩技能培训学校（演示）", null))),
            new DemoComplex("丽水经开区半导体产业创新服务综合体（演示）",
                    "Lishui ETDZ Semiconductor Complex (demo)", "331199", Level.PROVINCIAL, ListStatus.CULTIVATION,
                    "半导体", "semiconductors", "丽水经开区科技服务中心（演示）", "吴志强（演示）", "0578-2091234",
                    List.of(
                            institution(InstitutionKind.R_AND_D, "丽水半导体产业研究院（演示）", "浙江大学（演示）"),
                            institution(InstitutionKind.FINANCE, "经开区科技金融服务中心（演示）", null),
                            institution(InstitutionKind.INCUBATION, "经开区半导体众创空间（演示）", null))));

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
        List<ComplexView> complexes = COMPLEXES.stream().map(c -> registry.createComplex(SYSTEM, new ComplexInput(
                c.nameZh(), c.nameEn(), c.county(), c.level(), c.status(), c.industryZh(), c.industryEn(),
                c.unit(), 2019, c.contact(), c.phone(), true))).toList();
        for (int i = 0; i < complexes.size(); i++) {
            for (InstitutionInput institution : COMPLEXES.get(i).institutions()) {
                registry.createInstitution(SYSTEM, complexes.get(i).id(), institution);
            }
        }
        users.seed(USERS.stream().map(u -> new NewUser(u.username(), u.nameZh(), PASSWORD.toCharArray(), u.role(),
                u.scope(), u.complexIndex() == null ? null : complexes.get(u.complexIndex()).id())).toList());
        registry.createExpert(SYSTEM, "expert1", new ExpertInput("王教授（演示）", "教授", "机械工程",
                "浙江大学（演示）", List.of()));
        registry.createExpert(SYSTEM, "expert2", new ExpertInput("李研究员（演示）", "研究员", "材料科学",
                "浙江省科学技术研究院（演示）", List.of()));
        registry.createExpert(SYSTEM, "expert3", new ExpertInput("陈高工（演示）", "正高级工程师", "产业经济",
                "丽水学院（演示）", List.of()));
        registry.createExpert(SYSTEM, "expert4", new ExpertInput("赵主任（演示）", "高级工程师", "装备制造",
                "缙云县科创中心（演示）", List.of()));
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
