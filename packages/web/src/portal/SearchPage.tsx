// The portal's search: the modules feed it with what they publish (server: manifest publicSearch).
import { useSearchParams, Link } from 'react-router-dom';
import { Alert, Card, Input, List, Tag } from 'antd';
import { useApi } from '../api/hooks';
import type { SearchHit } from '@fazhi/core/contracts';

export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const result = useApi<{ q: string; items: SearchHit[] }>(q ? '/public/search' : null, { q });
  return (
    <Card title="站内搜索">
      <Input.Search
        size="large"
        defaultValue={q}
        enterButton="搜索"
        placeholder="输入关键词"
        onSearch={(v) => setParams(v.trim() ? { q: v.trim() } : {})}
        style={{ marginBottom: 16 }}
      />
      {result.error && <Alert type="error" showIcon message={result.error.message} />}
      {q && (
        <List
          loading={result.loading}
          dataSource={result.data?.items ?? []}
          locale={{ emptyText: `没有找到与「${q}」相关的公开内容，请换个关键词试试。` }}
          renderItem={(h) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <span>
                    <Tag>{h.kind}</Tag>
                    <Link to={h.path}>{h.title}</Link>
                  </span>
                }
                description={h.snippet}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
