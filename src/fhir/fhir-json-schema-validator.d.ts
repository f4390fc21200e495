// The package ships no types; this is the part the tests use (node_modules/@asymmetrik/fhir-json-schema-validator/index.js).
declare module '@asymmetrik/fhir-json-schema-validator' {
  class JSONSchemaValidator {
    /** Compiles the official FHIR R4 JSON schema (about 2 s). */
    constructor();
    /** The schema errors of a resource; empty when it is valid. */
    validate(resource: unknown, verbose?: boolean): unknown[];
  }
  export = JSONSchemaValidator;
}
