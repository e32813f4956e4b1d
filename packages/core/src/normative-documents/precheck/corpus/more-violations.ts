// More violations: fair competition and certificates (clause rules), then the document-level categories — validity,
// issuer and retroactivity — which need a title, an issuer or a publication date besides the text.
import type { CorpusEntry } from './types';

export const moreViolations: CorpusEntry[] = [
  // 排除、限制竞争 (公平竞争审查条例 第八条至第十条)
  {
    text: '政府投资项目所需建筑材料，应当优先采购本地企业生产的产品。',
    expected: ['competition'],
    note: '优先采购本地产品',
  },
  {
    text: '外地企业在本区承接工程项目的，须在本区设立分公司并缴纳税款。',
    expected: ['competition'],
    note: '强制外地经营者在本地设立分支机构',
  },
  {
    text: '全区新建小区的有线电视网络统一由区广电网络有限公司负责建设运营。',
    expected: ['competition'],
    note: '授予特定经营者排他经营',
  },
  {
    text: '各经营单位必须安装区公安分局指定品牌的视频监控设备。',
    expected: ['competition'],
    note: '限定使用指定品牌',
  },
  {
    text: '对在本区注册且年度地方财政贡献超过五百万元的企业，按其地方财政贡献的百分之五十给予奖励。',
    expected: ['competition'],
    note: '按财政贡献返还奖励',
  },
  {
    text: '在政府采购评审中，对本地注册的供应商给予五分的价格加分。',
    expected: ['competition'],
    note: '政府采购本地加分',
  },
  {
    text: '禁止外地生产的瓶装液化石油气进入本区市场销售。',
    expected: ['competition'],
    note: '阻碍外地商品进入本地市场',
  },
  {
    text: '仅对本区生产的新能源汽车给予购车补贴。',
    expected: ['competition'],
    note: '歧视性补贴',
  },
  {
    text: '本区保障性住房项目的建设单位应当从区住建局公布的企业名录中选择施工企业。',
    expected: ['competition'],
    note: '以名录变相限定经营者',
  },
  // 循环证明、重复证明、无谓证明 (37号; 优化营商环境条例 第四十四条)
  {
    text: '申请人申请最低生活保障的，应当提交由户籍所在地居民委员会出具的家庭收入证明。',
    expected: ['certificate'],
    note: '要求基层组织出具证明',
  },
  {
    text: '办理营业执照变更登记的，申请人还需提交原登记机关出具的企业登记情况证明。',
    expected: ['licensing', 'certificate'],
    note: '重复证明，并增加登记条件',
  },
  {
    text: '申请人已在其他部门提交过的材料，办理本事项时仍须再次提供相关证明。',
    expected: ['certificate'],
    note: '重复证明',
  },
  {
    text: '购房人办理不动产登记时，应当提供无犯罪记录证明和婚姻状况证明。',
    expected: ['certificate'],
    note: '无谓证明，部门可核查',
  },
  {
    text: '申领创业补贴的，应当提供社区出具的本人未就业证明。',
    expected: ['certificate'],
    note: '可部门核查的证明',
  },
  {
    text: '外出务工人员返乡创业的，需持村委会开具的返乡证明方可享受相关政策。',
    expected: ['certificate'],
    note: '无谓证明',
  },
  {
    text: '出生医学证明遗失补办的，须提供公安机关出具的户籍证明以证明亲子关系。',
    expected: ['certificate'],
    note: '循环证明',
  },
  // 有效期 (seed 000 (六); 内蒙古 2013 办法)
  {
    text: '第二十条　本办法自2024年5月1日起施行，有效期10年。',
    title: '某区城市绿化管理办法',
    expected: ['validity'],
    note: '有效期超过5年',
  },
  {
    text: '第十八条　本办法自印发之日起施行，长期有效。',
    title: '某区政府投资项目管理办法',
    expected: ['validity'],
    note: '长期有效',
  },
  {
    text: '第十五条　本细则自2024年7月1日起施行。',
    title: '某区农村宅基地审批管理实施细则',
    expected: ['validity'],
    note: '未载明有效期',
  },
  {
    text: '第十二条　本办法自2024年3月1日起施行，有效期3年。',
    title: '某区老旧小区改造资金管理暂行办法',
    expected: ['validity'],
    note: '暂行办法超过2年',
  },
  {
    text: '本方案自印发之日起实施，有效期至2030年12月31日。',
    title: '某区优化营商环境三年行动方案',
    publicationDate: '2024-06-01',
    expected: ['validity'],
    note: '有效期约6.6年',
  },
  {
    text: '第二十二条　本规定自2025年1月1日起施行，有效期自2025年1月1日至2027年12月31日。',
    title: '某区网格化服务管理试行规定',
    expected: ['validity'],
    note: '试行规定3年',
  },
  // 内设机构制发 (37号)
  {
    text: '一、各街道办事处应当加强对辖区内户外广告设施的日常巡查。\n二、发现安全隐患的，应当及时通知设置人整改。\n区城市管理局市容管理科\n2024年5月10日',
    expected: ['issuer'],
    note: '落款为局内设科室',
  },
  {
    text: '各中小学校应当按照本通知要求做好课后服务工作。',
    issuer: '区教育局基础教育科',
    expected: ['issuer'],
    note: '以科室名义发文',
  },
  {
    text: '区卫生健康委员会各直属单位应当加强院感防控工作。',
    issuer: '区卫生健康委员会办公室',
    expected: ['issuer'],
    note: '部门办公室不是制定主体',
  },
  {
    text: '各市场监管所应当严格执行个体工商户登记管理规定，提高登记效率。',
    title: '区市场监督管理局办公室关于进一步规范个体工商户登记工作的通知',
    expected: ['issuer', 'validity'],
    note: '标题显示以部门办公室名义发文；作为完整文件未载明有效期',
  },
  {
    text: '各街道办事处应当加强对物业服务企业的监督检查。',
    issuer: '区住房和城乡建设局物业管理股',
    expected: ['issuer'],
    note: '以股室名义发文',
  },
  {
    text: '价格监督检查人员应当依法开展检查。',
    issuer: '区发展和改革局价格监督检查中队',
    expected: ['issuer'],
    note: '以中队名义发文',
  },
  // 溯及既往 (立法法 第一百零四条)
  {
    text: '第二十五条　本办法自2024年1月1日起施行，有效期5年。',
    publicationDate: '2024-04-15',
    expected: ['retroactivity'],
    note: '施行日期早于公布日期',
  },
  {
    text: '本办法施行前已经发生但尚未处理的违法行为，依照本办法处理。',
    expected: ['retroactivity'],
    note: '新规适用于施行前行为',
  },
  {
    text: '本办法规定的管理措施追溯适用于本办法施行前已开工的建设项目。',
    expected: ['retroactivity'],
    note: '明文追溯',
  },
  {
    text: '本通知自2023年10月1日起执行，有效期3年。',
    publicationDate: '2023-12-20',
    expected: ['retroactivity'],
    note: '执行日期早于公布日期',
  },
  {
    text: '第二十条　本办法自2024年2月1日起施行，有效期5年。\n区人民政府\n2024年3月20日',
    expected: ['retroactivity'],
    note: '施行日期早于落款日期',
  },
  {
    text: '本办法印发前已签订的租赁合同，参照本办法执行。',
    expected: ['retroactivity'],
    note: '适用于印发前已签订的合同',
  },
];
