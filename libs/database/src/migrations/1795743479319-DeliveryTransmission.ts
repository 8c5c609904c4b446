import { MigrationInterface, QueryRunner } from "typeorm";

export class DeliveryTransmission1795743479319 implements MigrationInterface {
    name = 'DeliveryTransmission1795743479319'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "deliveries" ADD "transmitted_at" TIMESTAMP WITH TIME ZONE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "deliveries" DROP COLUMN "transmitted_at"`);
    }

}
