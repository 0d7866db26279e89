/** Types of scripts/build.mjs, for the tests. */
export declare const BUILD_INPUTS: string[];
export declare const STAMP: string;
export declare function staleReason(root: string): string | undefined;
export declare function build(root: string): boolean;
