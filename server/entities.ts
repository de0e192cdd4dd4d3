import { ApiToken } from './modules/user/api-token.entity.js'
import { AuditEntry } from './modules/audit/audit-entry.entity.js'
import { Direction } from './modules/direction/direction.entity.js'
import { ExpectedResult } from './modules/direction/expected-result.entity.js'
import { Indicator } from './modules/indicator/indicator.entity.js'
import { IndicatorValue } from './modules/indicator-value/indicator-value.entity.js'
import { Measure } from './modules/measure/measure.entity.js'
import { MeasureStatus } from './modules/measure/measure-status.entity.js'
import { Municipality } from './modules/municipality/municipality.entity.js'
import { Organization } from './modules/organization/organization.entity.js'
import { RiskRule } from './modules/risk-rule/risk-rule.entity.js'
import { RiskRuleClause } from './modules/risk-rule/risk-rule-clause.entity.js'
import { Roadmap } from './modules/roadmap/roadmap.entity.js'
import { LoginFailure } from './modules/user/login-failure.entity.js'
import { Session } from './modules/user/session.entity.js'
import { User } from './modules/user/user.entity.js'

export const entities = [
  Municipality, Organization, Roadmap, Direction, ExpectedResult, Indicator, IndicatorValue,
  Measure, MeasureStatus, RiskRule, RiskRuleClause, User, Session, ApiToken, AuditEntry, LoginFailure,
]
