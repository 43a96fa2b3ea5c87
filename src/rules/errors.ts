/** Thrown for invalid input; `field` names the input field so the UI can show it there. */
export class RulesInputError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = 'RulesInputError';
    this.field = field;
  }
}
