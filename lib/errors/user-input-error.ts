/** A rule a user broke; its message is safe to show beside the form. */
export class UserInputError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "UserInputError";
  }
}
