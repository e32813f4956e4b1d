// Form parts shared by drafting and revising: the text by article (add, remove, move, or paste the whole text to
// be split at each 第X条) and the list of legal bases. The server numbers the articles 第一条, 第二条… in order.
import { useState } from 'react';
import { Button, Form, Input, Modal, Space, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, SnippetsOutlined } from '@ant-design/icons';
import { articleHeading } from '../normative-labels';
import { splitArticles } from '../normative-format';

export interface ArticleValue {
  body: string;
}
export interface LegalBasisValue {
  title: string;
  article?: string;
}

export function ArticlesField() {
  const form = Form.useFormInstance();
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const preview = splitArticles(pasted);

  return (
    <>
      <Form.List
        name="articles"
        rules={[
          {
            validator: async (_, v?: ArticleValue[]) => {
              if (!v || v.length === 0) throw new Error('请至少录入一条条文');
            },
          },
        ]}
      >
        {(fields, { add, remove, move }, { errors }) => (
          <div data-testid="articles-editor">
            {fields.map((f, i) => (
              <div key={f.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <Typography.Text strong style={{ width: 72, paddingTop: 5, flex: 'none' }}>
                  {articleHeading(i + 1)}
                </Typography.Text>
                <Form.Item
                  name={[f.name, 'body']}
                  style={{ flex: 1, marginBottom: 12 }}
                  rules={[{ required: true, whitespace: true, message: '请填写条文内容' }]}
                >
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} aria-label={`${articleHeading(i + 1)}内容`} />
                </Form.Item>
                <Space size={0}>
                  <Button
                    type="text"
                    icon={<ArrowUpOutlined />}
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                    aria-label="上移"
                  />
                  <Button
                    type="text"
                    icon={<ArrowDownOutlined />}
                    disabled={i === fields.length - 1}
                    onClick={() => move(i, i + 1)}
                    aria-label="下移"
                  />
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label="删除本条"
                  />
                </Space>
              </div>
            ))}
            <Form.ErrorList errors={errors} />
            <Space>
              <Button icon={<PlusOutlined />} onClick={() => add({ body: '' })}>
                添加一条
              </Button>
              <Button
                icon={<SnippetsOutlined />}
                onClick={() => {
                  setPasted('');
                  setPasting(true);
                }}
              >
                粘贴全文按条拆分
              </Button>
            </Space>
          </div>
        )}
      </Form.List>
      <Modal
        open={pasting}
        title="粘贴全文，按「第X条」拆分"
        okText={`替换为 ${preview.length} 条`}
        cancelText="取消"
        okButtonProps={{ disabled: preview.length === 0 }}
        onCancel={() => setPasting(false)}
        onOk={() => {
          form.setFieldValue(
            'articles',
            preview.map((body) => ({ body })),
          );
          setPasting(false);
        }}
      >
        <p style={{ color: '#595959' }}>
          每行开头的「第一条」「第二条」……作为条文的分隔；第一条之前的标题、章名不作为条文。没有「第X条」的，每段作为一条。
        </p>
        <Input.TextArea rows={12} value={pasted} onChange={(e) => setPasted(e.target.value)} aria-label="全文" />
        {pasted && <p style={{ marginTop: 8 }}>拆分结果：共 {preview.length} 条</p>}
      </Modal>
    </>
  );
}

export function LegalBasesField() {
  return (
    <Form.List
      name="legalBases"
      rules={[
        {
          validator: async (_, v?: LegalBasisValue[]) => {
            if (!v || v.length === 0) throw new Error('请至少列明一项制定依据');
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="legal-bases">
          {fields.map((f, i) => (
            <Space key={f.key} align="start" style={{ display: 'flex' }}>
              <Form.Item
                name={[f.name, 'title']}
                rules={[{ required: true, whitespace: true, message: '请填写依据名称' }]}
                style={{ marginBottom: 8 }}
              >
                <Input
                  placeholder="如《中华人民共和国产品质量法》"
                  style={{ width: 340 }}
                  aria-label={`依据${i + 1}名称`}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'article']} style={{ marginBottom: 8 }}>
                <Input placeholder="条款，如 第八条（可不填）" style={{ width: 200 }} aria-label={`依据${i + 1}条款`} />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => remove(f.name)}
                aria-label="删除依据"
              />
            </Space>
          ))}
          <Form.ErrorList errors={errors} />
          <Button icon={<PlusOutlined />} onClick={() => add({ title: '' })}>
            添加依据
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** The body the server takes for articles and legal bases: trimmed, blank optional parts left out. */
export function articlesBody(articles: ArticleValue[] | undefined) {
  return (articles ?? []).map((a) => ({ body: (a.body ?? '').trim() }));
}
export function legalBasesBody(bases: LegalBasisValue[] | undefined) {
  return (bases ?? []).map((b) => ({
    title: (b.title ?? '').trim(),
    ...(b.article?.trim() ? { article: b.article.trim() } : {}),
  }));
}
