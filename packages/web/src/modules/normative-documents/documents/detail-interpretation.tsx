// 政策解读: the drafting unit publishes the 解读 together with the document (国办发〔2018〕37号: 政策解读与文件同步起草、
// 同步审签、同步发布) and may replace it; the portal shows it next to the official text.
import { Empty, Form, Input, Space, Typography } from 'antd';
import { ActButton, type ActProps } from './acts-common';
import { cnTime, DemoTag } from '../normative-format';
import { InterpretationText } from '../../../components/InterpretationText';

export { InterpretationText };

export function PublishInterpretationAct(p: ActProps) {
  const current = p.doc.interpretation;
  return (
    <ActButton<{ title: string; body: string }>
      {...p}
      ability="publishInterpretation"
      label={current ? '更新政策解读' : '发布政策解读'}
      path="interpretation"
      primary={!current}
      width={760}
      initialValues={current ? { title: current.title, body: current.body } : { title: `《${p.doc.title}》政策解读` }}
      intro="依据国办发〔2018〕37号，政策解读与文件同步起草、同步审签、同步发布。发布后在门户网站该文件正文旁公开；更新后以新内容替换，操作记入审计日志。"
    >
      <Form.Item
        name="title"
        label="解读标题"
        rules={[{ required: true, whitespace: true, message: '请填写解读标题' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="body"
        label="解读正文"
        extra="纯文本，段落之间空一行"
        rules={[{ required: true, whitespace: true, message: '请填写解读正文' }]}
      >
        <Input.TextArea rows={12} maxLength={20000} />
      </Form.Item>
    </ActButton>
  );
}

export function InterpretationSection(p: ActProps) {
  const i = p.doc.interpretation;
  return (
    <div data-testid="interpretation-section">
      <div style={{ marginBottom: 12 }}>
        <PublishInterpretationAct {...p} />
      </div>
      {i ? (
        <div style={{ maxWidth: 820 }}>
          <Typography.Title level={4} data-testid="interpretation-title">
            {i.title}
          </Typography.Title>
          <Space style={{ marginBottom: 12, color: '#595959' }}>
            <DemoTag isDemo={i.isDemo} />
            <span>
              {i.publishedBy ? `${i.publishedBy}发布于` : '发布于'}
              {cnTime(i.publishedAt)}
            </span>
          </Space>
          <InterpretationText body={i.body} />
        </div>
      ) : (
        <Empty description="尚未发布政策解读" />
      )}
    </div>
  );
}
