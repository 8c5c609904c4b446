/** A delivery row ready to be queued: its id, when it is due, and its attempt count (for the job id). */
export interface DueDelivery {
  id: string;
  dueAt: Date;
  attempts: number;
}
