export { CONSOLE_HOME, notify, notifyMany, OWN_PASSWORD_PAGE, unreadCount, type NotificationInput } from './notify';
