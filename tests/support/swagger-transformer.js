// Runs the @nestjs/swagger compiler plugin under ts-jest (as the webpack build does), so that the
// OpenAPI document in tests carries the DTO schemas. Pattern from the NestJS docs (CLI plugin, jest).
const transformer = require('@nestjs/swagger/plugin');

module.exports.name = 'nestjs-swagger-transformer';
module.exports.version = 1;
module.exports.factory = (cs) =>
  transformer.before({ dtoFileNameSuffix: ['.dto.ts'], classValidatorShim: true, introspectComments: true }, cs.program);
