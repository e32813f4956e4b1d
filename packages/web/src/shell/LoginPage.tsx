import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { api, ApiError } from '../api/client';
import type { Session } from '@fazhi/core/contracts';
import { applyFieldErrors } from './errors';

interface Props {
  notice: string | null;
  onSignedIn: (s: Session) => void;
}

export default function LoginPage({ notice, onSignedIn }: Props) {
  const [form] = Form.useForm<{ username: string; password: string }>();
  const [error, setError] = useState<{ text: string; locked: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.post<Session>('/auth/login', values));
    } catch (e) {
      const text = applyFieldErrors(form, e, ['username', 'password']);
      if (text) setError({ text, locked: e instanceof ApiError && e.code === 'ACCOUNT_LOCKED' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="fz-login">
      <div className="fz-login-banner">
        <div className="fz-emblem" aria-hidden>
          法
        </div>
        <div>
          <div className="fz-login-title">法治政府建设一体化平台</div>
          <div className="fz-login-subtitle">工作人员登录</div>
        </div>
      </div>
      <Card className="fz-login-card" title="账号登录">
        {notice && <Alert type="info" showIcon message={notice} style={{ marginBottom: 16 }} />}
        {error && (
          <Alert
            type={error.locked ? 'warning' : 'error'}
            showIcon
            role="alert"
            message={error.locked ? '账号已锁定' : '登录失败'}
            description={error.text}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          连续输错密码将锁定账号。忘记密码请联系本单位系统管理员重置。
        </Typography.Paragraph>
      </Card>
      <div className="fz-login-footer">
        <a href="/">返回公众门户</a>
      </div>
    </div>
  );
}
