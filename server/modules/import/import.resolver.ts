import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql'
import { EDIT_VALUES_ROLES, actorOrThrow } from '../../auth/access.js'
import type { Context } from '../../context.js'
import { decodeBase64OrThrow } from './import-file.js'
import { importValues } from './import.service.js'
import { ImportResultType, ImportValuesInput } from './import.types.js'

@Resolver()
export class ImportResolver {
  @Authorized(...EDIT_VALUES_ROLES)
  @Mutation(() => ImportResultType, { description: 'Импорт значений из файла: пробный прогон или запись всё-или-ничего' })
  importValues(@Arg('input', () => ImportValuesInput, { description: 'Файл и параметры' }) input: ImportValuesInput, @Ctx() { em, actor }: Context): Promise<ImportResultType> {
    return importValues(em, actorOrThrow(actor), {
      roadmapId: input.roadmapId,
      fileName: input.fileName,
      bytes: decodeBase64OrThrow(input.contentBase64),
      organizationId: input.organizationId ?? null,
      field: input.yearsAreActuals ? 'actual' : 'target',
      dryRun: input.dryRun,
    })
  }
}
