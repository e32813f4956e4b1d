// The law texts the demo lists are read from (extract-items.ts), each with the departments it gives items to and the
// kind of acting body that marks a department's article. New laws go at the end, so that the items already in the
// data file keep their codes.
export interface Source {
  /** the file under the laws folder: 名称(版本日期).md, as the repository names it */
  file: string;
  /** where the repository keeps it */
  path: string;
  departments: { no: string; org: string; body: RegExp }[];
  /** for a text without chapters (a 办法): the first of its 法律责任 articles */
  liabilityFrom?: number;
}

const market = { no: '01', org: '示范区市场监督管理局' };
/** In the departments' numbering of the demo list (its codes: 159901-<no>-<kind>-<seq>), in the laws' order. */
export const sources: Source[] = [
  {
    file: '价格法(1997-12-29).md',
    path: '经济法/价格法(1997-12-29).md',
    departments: [
      { ...market, body: /价格主管部门/ },
      { no: '18', org: '示范区发展和改革委员会', body: /价格主管部门/ },
    ],
  },
  {
    file: '产品质量法(2018-12-29).md',
    path: '经济法/产品质量法(2018-12-29).md',
    departments: [{ ...market, body: /市场监督管理部门/ }],
  },
  {
    file: '食品安全法(2021-04-29).md',
    path: '行政法/食品安全法(2021-04-29).md',
    departments: [{ ...market, body: /食品安全监督管理/ }],
  },
  {
    file: '水污染防治法(2017-06-27).md',
    path: '生态环境法/水污染防治法(2017-06-27).md',
    departments: [{ no: '03', org: '示范区生态环境分局', body: /环境保护主管部门/ }],
  },
  {
    file: '城市市容和环境卫生管理条例(2017-03-01).md',
    path: '行政法规/城市市容和环境卫生管理条例(2017-03-01).md',
    departments: [{ no: '06', org: '示范区城市管理综合执法局', body: /市容环境卫生行政主管部门/ }],
  },
  {
    file: '劳动合同法(2012-12-28).md',
    path: '社会法/劳动合同法(2012-12-28).md',
    departments: [{ no: '08', org: '示范区人力资源和社会保障局', body: /劳动行政部门/ }],
  },
  {
    file: '安全生产法(2021-06-10).md',
    path: '社会法/安全生产法(2021-06-10).md',
    departments: [{ no: '02', org: '示范区应急管理局', body: /应急管理部门|负有安全生产监督管理职责的部门/ }],
  },
  {
    file: '统计法(2009-06-27).md',
    path: '经济法/统计法(2009-06-27).md',
    departments: [{ no: '16', org: '示范区统计局', body: /统计机构/ }],
  },
  {
    file: '广告法(2021-04-29).md',
    path: '经济法/广告法(2021-04-29).md',
    departments: [{ ...market, body: /市场监督管理部门/ }],
  },
  {
    file: '建筑法(2019-04-23).md',
    path: '经济法/建筑法(2019-04-23).md',
    departments: [{ no: '05', org: '示范区住房和城乡建设局', body: /建设行政主管部门/ }],
  },
  {
    file: '会计法(2024-06-28).md',
    path: '经济法/会计法(2024-06-28).md',
    departments: [{ no: '15', org: '示范区财政局', body: /财政部门/ }],
  },
  {
    file: '农产品质量安全法(2022-09-02).md',
    path: '经济法/农产品质量安全法(2022-09-02).md',
    departments: [
      { no: '10', org: '示范区农牧水利局', body: /农业农村主管部门/ },
      { ...market, body: /市场监督管理部门/ },
    ],
  },
  {
    file: '医师法(2021-08-20).md',
    path: '行政法/医师法(2021-08-20).md',
    departments: [{ no: '07', org: '示范区卫生健康委员会', body: /县级以上人民政府卫生健康主管部门/ }],
  },
  {
    file: '民办教育促进法(2018-12-29).md',
    path: '行政法/民办教育促进法(2018-12-29).md',
    departments: [{ no: '11', org: '示范区教育局', body: /教育行政部门/ }],
  },
  // after F's fourteen, so that their items keep their codes
  {
    file: '公路法(2017-11-04).md',
    path: '经济法/公路法(2017-11-04).md',
    departments: [{ no: '04', org: '示范区交通运输局', body: /交通主管部门/ }],
  },
  {
    file: '居民身份证法(2011-10-29).md',
    path: '行政法/居民身份证法(2011-10-29).md',
    departments: [{ no: '12', org: '示范区公安分局', body: /公安机关/ }],
  },
  {
    file: '社会团体登记管理条例(2016-02-06).md',
    path: '行政法规/社会团体登记管理条例(2016-02-06).md',
    departments: [{ no: '14', org: '示范区民政局', body: /登记管理机关/ }],
  },
  {
    file: '审计法(2021-10-23).md',
    path: '经济法/审计法(2021-10-23).md',
    departments: [{ no: '17', org: '示范区审计局', body: /审计机关/ }],
  },
  {
    // 第四条: 县级以上地方人民政府负责报废机动车回收管理的部门 — the commerce department (商务主管部门) in practice
    file: '报废机动车回收管理办法(2019-04-22).md',
    path: '行政法规/报废机动车回收管理办法(2019-04-22).md',
    departments: [{ no: '13', org: '示范区商务局', body: /负责报废机动车回收管理的部门/ }],
    liabilityFrom: 19,
  },
  {
    // 城乡规划 passed to the natural resources departments in the 2018 reform
    file: '城乡规划法(2019-04-23).md',
    path: '经济法/城乡规划法(2019-04-23).md',
    departments: [{ no: '09', org: '示范区自然资源分局', body: /城乡规划主管部门/ }],
  },
  {
    file: '道路运输条例(2023-07-20).md',
    path: '行政法规/道路运输条例(2023-07-20).md',
    departments: [{ no: '04', org: '示范区交通运输局', body: /县级以上地方人民政府交通运输主管部门/ }],
  },
  {
    file: '民办非企业单位登记管理暂行条例(1998-10-25).md',
    path: '行政法规/民办非企业单位登记管理暂行条例(1998-10-25).md',
    departments: [{ no: '14', org: '示范区民政局', body: /登记管理机关/ }],
  },
];
