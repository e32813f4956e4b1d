// 检索同义词: the region's system administrator keeps the list of words that mean the same thing in searches of the
// catalogue (电动车 = 电动自行车). One group a line, words separated by 、 or spaces; the platform's shipped list
// applies until the region saves its own (region setting normative.search.synonyms, inherited by sub-regions).
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Input, Space, Tag, Typography } from 'antd';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { errorText } from '../../../shell/errors';

import type { SearchSynonyms as Synonyms } from '@fazhi/core/contracts';

const toText = (groups: Synonyms['groups']) => groups.map((g) => g.join('、')).join('\n');
const toGroups = (text: string) =>
  text
    .split('\n')
    .map((line) => line.split(/[、，,\s]+/).filter(Boolean))
    .filter((g) => g.length > 0);

export default function DeskSynonymsCard() {
  const { message } = App.useApp();
  const current = useApi<Synonyms>('/normative-search-synonyms');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (current.data) setText(toText(current.data.groups));
  }, [current.data]);
  const save = async () => {
    if (!current.data) return;
    setBusy(true);
    setError(null);
    try {
      await api.put('/normative-search-synonyms', { regionCode: current.data.regionCode, groups: toGroups(text) });
      message.success('已保存检索同义词，检索即时生效');
      current.reload();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      size="small"
      title="检索同义词"
      style={{ marginTop: 16 }}
      extra={current.data?.isDefault ? <Tag>平台默认词表</Tag> : <Tag color="blue">本地区词表</Tag>}
    >
      <Typography.Paragraph type="secondary">
        规范性文件目录检索（工作台列表和门户网站）时，同一组中的词互相替代，如输入“电动车”也能查到“电动自行车”。每行一组，组内的词用顿号或空格分隔；保存后本地区使用自己的词表，下级地区继承。
      </Typography.Paragraph>
      {current.error && <Alert type="error" showIcon message={current.error.message} style={{ marginBottom: 12 }} />}
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input.TextArea
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 6, maxRows: 16 }}
          aria-label="检索同义词（每行一组）"
          status={error ? 'error' : undefined}
        />
        {error && <div style={{ color: '#cf1322', fontSize: 12 }}>{error}</div>}
        <Button type="primary" onClick={() => void save()} loading={busy} disabled={!current.data}>
          保存同义词
        </Button>
      </Space>
    </Card>
  );
}
