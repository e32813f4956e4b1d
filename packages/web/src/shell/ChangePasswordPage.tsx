import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space } from 'antd';
import { api } from '../api/client';
import { applyFieldErrors } from './errors';

interface Props {
  forced: boolean;
  displayName: string;
  onDone: () => void | Promise<void>;
  onCancel?: () => void | Promise<void>;
}

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export default function ChangePasswordPage({ forced, displayName, onDone, onCancel }: Props) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      // the server checks all three fields together and answers every problem, each placed at its field
      await api.post('/auth/change-password', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
        confirmPassword: v.confirmPassword,
      });
      message.success('密码已修改');
      await onDone();
    } catch (e) {
      setError(applyFieldErrors(form, e, ['currentPassword', 'newPassword', 'confirmPassword']));
    } finally {
      setBusy(false);
    }
  };

  const card = (
    <Card title={forced ? '首次登录，请修改密码' : '修改密码'} className="fz-password-card">
      {forced && (
        <Alert
          type="warning"
          showIcon
          message={`${displayName}，您正在使用初始密码`}
          description="为保障账号安全，须设置新密码后才能使用系统。新密码至少8位，包含大写字母、小写字母、数字、符号中的三类，且不能含用户名。"
          style={{ marginBottom: 16 }}
        />
      )}
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item label="原密码" name="currentPassword" rules={[{ required: true, message: '请输入原密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item label="新密码" name="newPassword" rules={[{ required: true, message: '请输入新密码' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="确认新密码" name="confirmPassword" rules={[{ required: true, message: '请再次输入新密码' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            确认修改
          </Button>
          {onCancel && <Button onClick={() => void onCancel()}>{forced ? '退出登录' : '取消'}</Button>}
        </Space>
      </Form>
    </Card>
  );
  return forced ? <div className="fz-login">{card}</div> : card;
}
