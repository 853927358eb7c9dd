"""manifests: manifests with revisions, printed lists, handover records, partner profiles, exports

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 21:24:39.166640
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    profiles = op.create_table('partner_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('fields', sa.String(length=500), nullable=False),
    sa.Column('event_kinds', sa.String(length=64), nullable=False),
    sa.Column('carrier', sa.String(length=100), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('partner_profile', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_profile_name'), ['name'], unique=True)

    op.create_table('export',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('partner', sa.String(length=100), nullable=False),
    sa.Column('format', sa.String(length=16), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('people', sa.Integer(), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('fields_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('manifest',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('ref_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('local_time', sa.Time(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('place_country', sa.String(length=3), nullable=False),
    sa.Column('dispatching_agency', sa.String(length=200), nullable=False),
    sa.Column('receiving_agency', sa.String(length=200), nullable=False),
    sa.Column('flight_number', sa.String(length=16), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('head_count', sa.Integer(), nullable=False),
    sa.Column('frozen', sa.Boolean(), nullable=False),
    sa.Column('superseded', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number', 'revision', name='uq_manifest_number_rev')
    )
    with op.batch_alter_table('manifest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_manifest_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_manifest_number'), ['number'], unique=False)
        batch_op.create_index(batch_op.f('ix_manifest_plan_id'), ['plan_id'], unique=False)

    op.create_table('handover_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('manifest_id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('dispatching_officer', sa.String(length=200), nullable=False),
    sa.Column('dispatching_officer_id', sa.String(length=64), nullable=False),
    sa.Column('receiving_officer', sa.String(length=200), nullable=False),
    sa.Column('receiving_officer_id', sa.String(length=64), nullable=False),
    sa.Column('witness', sa.String(length=200), nullable=False),
    sa.Column('witness_id', sa.String(length=64), nullable=False),
    sa.Column('note', sa.String(length=1000), nullable=False),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['corrects_id'], ['handover_record.id'], ),
    sa.ForeignKeyConstraint(['manifest_id'], ['manifest.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('manifest_id')
    )
    op.create_table('manifest_person',
    sa.Column('manifest_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=64), nullable=False),
    sa.Column('chinese_name', sa.String(length=200), nullable=False),
    sa.Column('latin_name', sa.String(length=200), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('nationality', sa.String(length=3), nullable=False),
    sa.Column('document_type', sa.String(length=32), nullable=False),
    sa.Column('document_number', sa.String(length=32), nullable=True),
    sa.Column('case_ref', sa.String(length=64), nullable=False),
    sa.Column('batch_ref', sa.String(length=64), nullable=False),
    sa.Column('flags', sa.String(length=100), nullable=False),
    sa.Column('final_leg', sa.Boolean(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('strike_code', sa.String(length=32), nullable=False),
    sa.Column('strike_note', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['manifest_id'], ['manifest.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('manifest_id', 'seq')
    )
    with op.batch_alter_table('manifest_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_manifest_person_person_id'), ['person_id'], unique=False)
    op.bulk_insert(profiles, [
        {'name': 'airline', 'kind': 'airline', 'event_kinds': 'flight', 'carrier': '',
         'fields': 'names,date_of_birth,sex,nationality,document', 'version': 1,
         'note': 'advance passenger information: identity and travel document only'},
        {'name': 'foreign-police', 'kind': 'foreign_police', 'event_kinds': 'crossing,flight',
         'carrier': '', 'fields': 'names,date_of_birth,sex,nationality,document,case_ref',
         'version': 1, 'note': 'partner police: identity, document and case reference'},
        {'name': 'receiving-bureau', 'kind': 'receiving_bureau',
         'event_kinds': 'crossing,flight', 'carrier': '', 'version': 1,
         'fields': 'names,date_of_birth,sex,nationality,document,case_ref,batch,province,flags',
         'note': 'receiving public-security bureau: no medical details unless chosen'},
        {'name': 'schedule-only', 'kind': 'logistics', 'event_kinds': 'crossing,flight',
         'carrier': '', 'fields': '', 'version': 1,
         'note': 'dates, times, places and head counts; no personal data'},
    ])


def downgrade() -> None:
    with op.batch_alter_table('manifest_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_manifest_person_person_id'))

    op.drop_table('manifest_person')
    op.drop_table('handover_record')
    with op.batch_alter_table('manifest', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_manifest_plan_id'))
        batch_op.drop_index(batch_op.f('ix_manifest_number'))
        batch_op.drop_index(batch_op.f('ix_manifest_day'))

    op.drop_table('manifest')
    op.drop_table('export')
    with op.batch_alter_table('partner_profile', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_profile_name'))

    op.drop_table('partner_profile')
