// The platform administrator's first steps on a new installation (server workbench/queries/first-steps.ts): each
// step says what to do and where, and whether the data shows it done. The server stops sending them once all are.
import { Card, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Workbench } from '@fazhi/core/contracts';

export default function FirstSteps({ steps }: { steps: NonNullable<Workbench['firstSteps']> }) {
  return (
    <Card size="small" title="开始使用：请先完成以下设置" data-testid="first-steps">
      <List
        dataSource={steps}
        renderItem={(s, i) => (
          <List.Item key={s.key} extra={s.done ? <Tag color="success">已完成</Tag> : <Tag color="warning">未完成</Tag>}>
            <List.Item.Meta
              title={
                s.link.startsWith('/console') ? (
                  <Link to={s.link}>{`${i + 1}. ${s.label}`}</Link>
                ) : (
                  <a href={s.link} target="_blank" rel="noreferrer">{`${i + 1}. ${s.label}`}</a>
                )
              }
              description={<Typography.Text type="secondary">{s.hint}</Typography.Text>}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
