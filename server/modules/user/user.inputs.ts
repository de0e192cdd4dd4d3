import { Field, InputType, Int, ObjectType } from 'type-graphql'
import { Role } from '../../domain/enums.js'
import { ApiToken } from './api-token.entity.js'

@InputType({ description: 'Новый пользователь' })
export class CreateUserInput {
  @Field(() => String, { description: 'Логин' })
  login!: string

  @Field(() => String, { description: 'Имя' })
  name!: string

  @Field(() => String, { description: 'Пароль, не короче 8 знаков' })
  password!: string

  @Field(() => Role, { description: 'Роль' })
  role!: Role

  @Field(() => Int, { nullable: true, description: 'Муниципалитет; не указан — весь регион (роли ADMIN, MANAGER и BI; создаёт только администратор региона)' })
  municipalityId?: number | null

  @Field(() => Int, { nullable: true, description: 'Организация (обязательна для роли SCHOOL)' })
  organizationId?: number | null
}

@ObjectType({ description: 'Созданный токен API: секрет показывается один раз' })
export class CreatedApiToken {
  @Field(() => String, { description: 'Секрет для заголовка Authorization: Bearer …; сохраните его — больше он не показывается' })
  token!: string

  @Field(() => ApiToken, { description: 'Токен' })
  apiToken!: ApiToken
}
