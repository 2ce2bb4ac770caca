import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { de } from './messages';

export class PageQueryDto {
  /** 1-based page number. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: de.int })
  @Min(1, { message: de.min(1) })
  @Max(200, { message: de.max(200) })
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
