// The portal's home page: the site search, what is new in each module (its home panel: latest documents, open
// consultations with their closing dates), then the entries to every section and the deadline calculator.
import { Suspense } from 'react';
import { useNavigate, Link } from 'react-router-dom';
import { Alert, Card, Input, Spin, Typography } from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import type { PortalInfo } from '@fazhi/core/contracts';
import { moduleRoutes } from '../modules';

const panels = moduleRoutes.flatMap((m) => (m.portalHome ? [{ module: m.module, Panel: m.portalHome }] : []));

export default function HomePage({ info, error }: { info: PortalInfo | null; error: string | null }) {
  const navigate = useNavigate();
  return (
    <>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          站内搜索
        </Typography.Title>
        <Input.Search
          size="large"
          placeholder="输入关键词，搜索本站公开的内容"
          enterButton="搜索"
          onSearch={(q) => q.trim() && navigate(`/search?q=${encodeURIComponent(q.trim())}`)}
          aria-label="站内搜索"
        />
      </Card>
      <Suspense fallback={<Spin style={{ display: 'block', margin: '24px auto' }} />}>
        {panels.map(({ module, Panel }) => (
          <Panel key={module} />
        ))}
      </Suspense>
      <Typography.Title level={5} className="fz-entries-title">
        办事入口
      </Typography.Title>
      <div className="fz-entries">
        <Link to="/deadline-calculator">
          <Card
            hoverable
            title={
              <span>
                <CalculatorOutlined /> 期限计算器
              </span>
            }
          >
            按法律法规规定的期限和本地工作日历，计算行政复议、政府信息公开等事项的法定期限截止日，并说明计算过程。
          </Card>
        </Link>
        {(info?.entries ?? []).map((e) => (
          <Link key={e.key} to={e.path}>
            <Card hoverable title={e.title}>
              {e.description}
            </Card>
          </Link>
        ))}
      </div>
    </>
  );
}
