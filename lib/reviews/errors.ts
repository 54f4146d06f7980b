// An expected refusal whose message needs values (a criterion code, the stage's dates). The
// service throws it; the actions translate it with its params (Dates are formatted by the message).
import { ActionError } from "@/lib/action-types";

export type ErrorParams = Record<string, string | number | Date>;

export class ReviewError extends ActionError {
  constructor(
    message: string,
    readonly params: ErrorParams = {},
  ) {
    super(message);
  }
}
