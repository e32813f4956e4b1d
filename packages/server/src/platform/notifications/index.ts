export { notify, unreadCount, type NotificationInput } from './notify';
