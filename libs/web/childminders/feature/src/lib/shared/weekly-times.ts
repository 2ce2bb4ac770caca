// The weekly-times form helpers moved to @lotse/web/ui (the care request and vacancy forms use them too).
export {
  WEEKDAYS,
  addWeeklyTime,
  nextWeeklyTime,
  noOverlappingTimes,
  overlappingRows,
  sortWeeklyTimes,
  timeAfterFrom,
  toWeeklyTimeDtos,
  weeklyMinutesOf,
  weeklyTimeGroup,
  type WeeklyTimeGroup,
  type WeeklyTimeValue,
} from '@lotse/web/ui';
