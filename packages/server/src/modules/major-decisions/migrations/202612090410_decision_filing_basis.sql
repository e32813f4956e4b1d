-- The filing of a 重大行政决策 with the government one level up is a local rule (no national article sets it). The
-- statute catalogue's rule decision.filing once cited another locality's document (包东政办发〔2021〕48号) as its
-- basis; it now names the local rule until a region configures its own. Deadlines stored before carry the old
-- citation in their basis and explanation: they are rewritten here, so nothing stored cites that document.
UPDATE deadlines
   SET basis = '本地区关于重大行政决策备案的规定',
       explanation = replace(explanation::text,
         '《包头市东河区2021年度法治政府建设工作计划》（包东政办发〔2021〕48号）第11项',
         '本地区关于重大行政决策备案的规定')::jsonb
 WHERE rule_id = 'decision.filing'
   AND basis = '《包头市东河区2021年度法治政府建设工作计划》（包东政办发〔2021〕48号）第11项';
