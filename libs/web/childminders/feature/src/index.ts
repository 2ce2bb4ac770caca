export * from './lib/childminders.routes';
