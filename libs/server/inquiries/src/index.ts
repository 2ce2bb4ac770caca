export * from './lib/inquiries.module';
export { WeeklySummary, summaryText, type WeeklySummaryFigures, type WeeklySummaryResult } from './lib/jobs/weekly-summary';
export { OfficeCalendar } from './lib/office-calendar';
