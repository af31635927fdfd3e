/**
 * `OutsideInput`: the parameter type of the validating functions.
 *
 * @module
 */

/**
 * What a validating function accepts for one parameter: the documented shape
 * when the caller's type is known, anything when it is `unknown` or `any`
 * (checked at run time).
 *
 * `T` is the type of the argument, inferred at the call; `Shape` is the
 * documented input (an {@link AssessmentInput}, a stored {@link AssessmentResult},
 * a {@link Judgement}, a {@link CaseRecord}, …). When `T` is `unknown` or `any`
 * — `JSON.parse(body)`, a request body, a column read from storage — the
 * parameter is `T` itself and anything compiles: the function validates it at
 * run time and throws a {@link DaRiskError} naming the field, as it always
 * has. When `T` is anything else, the parameter is `Shape`, so a TypeScript
 * caller who builds the value in code gets a compile error for a misspelled
 * key, a missing field, a value of the wrong kind (a DARA result where a DASH
 * result is read) or a number where an object belongs. An object literal
 * written in the call is checked for excess keys too, so a misspelled optional
 * key (`assesedAt`) is caught. The model types are `readonly`; a caller's
 * mutable object is accepted as it is.
 *
 * A value typed as something wider than the shape but not `unknown`
 * (`object`, `Record<string, unknown>`, a JSON value type) does not compile:
 * if it is outside data, type it `unknown` and let the function check it.
 *
 * The types only help the caller; nothing is trusted because of them. Every
 * validating function checks its whole input at run time whatever the
 * caller's type says. {@link validateAssessmentInput}, {@link validateCase} and
 * the `define*` functions keep taking `unknown`: checking data of unknown
 * shape is their whole job.
 *
 * @example
 * ```ts
 * // The validating functions are declared like this:
 * // function assess<T>(input: OutsideInput<T, AssessmentInput>, options?: AssessOptions): AssessmentResult
 *
 * assess(JSON.parse(body)); // any: compiles, checked at run time
 * assess(request.body as unknown); // unknown: compiles, checked at run time
 * assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers: {} }); // the documented shape: compiles
 * assess({ instrumnt: { id: 'dash-ric', edition: '2009' }, answers: {} }); // compile error: 'instrumnt' does not exist in AssessmentInput
 * applyJudgement(assessDara(daraInput), judgement); // compile error: a DaraResult is not an AssessmentResult (use applyDaraRegrade)
 * ```
 * @since 0.1.0
 * @category Errors and validation
 */
export type OutsideInput<T, Shape> = unknown extends T ? T : Shape;
