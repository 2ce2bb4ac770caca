import type { UploadContentType } from '@lotse/shared/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Metadata of one stored file. The bytes live in DocumentStorage under (tenant_id, id).
 * Immutable once written: a corrected document is a new document.
 */
@Entity('document')
export class StoredDocument {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  tenantId!: string;

  /** Detected from the bytes. */
  @Column('text')
  contentType!: UploadContentType;

  @Column('integer')
  sizeBytes!: number;

  /** Hex SHA-256 of the bytes: proves later that a download is the file that was uploaded. */
  @Column('text')
  sha256!: string;

  /** Sanitised name for Content-Disposition (see safeFileName). */
  @Column('text')
  fileName!: string;

  /** What the document belongs to, e.g. `evidence_item`, `permit`. */
  @Column('text')
  purpose!: string;

  @Column('uuid', { nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
