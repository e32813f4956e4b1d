// @fazhi/core/cases: the rules of the platform's shared case record (house plan §6 "Cases"), whatever module's case
// it is — reconsideration, litigation, enforcement, disclosure requests, mediation, complaints: who a party is and
// how one is identified, how a paper is served, and the clock's pauses.
export * from './parties';
export * from './service';
export * from './pauses';
