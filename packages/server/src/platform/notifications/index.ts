export { notify, notifyMany, unreadCount, type NotificationInput } from './notify';
