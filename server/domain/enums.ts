// Domain enums, shared by the ORM, GraphQL and the pure domain modules.

export enum Role {
  ADMIN = 'ADMIN',
  SPECIALIST = 'SPECIALIST',
  SCHOOL = 'SCHOOL',
  MANAGER = 'MANAGER',
  BI = 'BI',
}

export enum ValueType {
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  SCORE = 'SCORE',
  MARK = 'MARK',
  BOOLEAN = 'BOOLEAN',
  TEXT = 'TEXT',
}

export enum GoodDirection {
  UP = 'UP',
  DOWN = 'DOWN',
  HOLD = 'HOLD',
}

export enum IndicatorLevel {
  MUNICIPALITY = 'MUNICIPALITY',
  ORGANIZATION = 'ORGANIZATION',
}

export enum RollupRule {
  SUM = 'SUM',
  MEAN = 'MEAN',
  RATIO = 'RATIO',
  NONE = 'NONE',
}

export enum DirectionKind {
  GROUP = 'GROUP',
  DIRECTION = 'DIRECTION',
  SECTION = 'SECTION',
}

export enum OrganizationKind {
  SCHOOL = 'SCHOOL',
  KINDERGARTEN = 'KINDERGARTEN',
  OTHER = 'OTHER',
}

export enum ValueStatus {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  NO_DATA = 'NO_DATA',
  NO_TARGET = 'NO_TARGET',
}

export enum MeasureStatusKind {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  NOT_DONE = 'NOT_DONE',
  CANCELLED = 'CANCELLED',
}

export enum ChangeSource {
  WEB = 'WEB',
  API = 'API',
  IMPORT = 'IMPORT',
  SEED = 'SEED',
  SYSTEM = 'SYSTEM',
}

export enum RiskOperator {
  GTE = 'GTE',
  GT = 'GT',
  LTE = 'LTE',
  LT = 'LT',
}

export enum RiskCombinator {
  OR = 'OR',
  AND = 'AND',
}
