"""plans: versioned plans with their chunks, steps, flights, vehicles and loads

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 20:46:39.756423
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('start_day', sa.Date(), nullable=False),
    sa.Column('end_day', sa.Date(), nullable=False),
    sa.Column('solver_status', sa.String(length=32), nullable=False),
    sa.Column('objective', sa.Float(), nullable=True),
    sa.Column('best_bound', sa.Float(), nullable=True),
    sa.Column('gap', sa.Float(), nullable=True),
    sa.Column('settings_json', sa.Text(), nullable=False),
    sa.Column('terms_json', sa.Text(), nullable=False),
    sa.Column('warnings_json', sa.Text(), nullable=False),
    sa.Column('stats_json', sa.Text(), nullable=False),
    sa.Column('unscheduled_json', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['plan.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_status'), ['status'], unique=False)

    op.create_table('plan_load',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('ref_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=True),
    sa.Column('load', sa.Integer(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_load', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_load_plan_id'), ['plan_id'], unique=False)

    op.create_table('plan_flight',
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('flight_id', sa.Integer(), nullable=False),
    sa.Column('detainees', sa.Integer(), nullable=False),
    sa.Column('escorts', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['flight_id'], ['flight.id'], ),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], ),
    sa.PrimaryKeyConstraint('plan_id', 'flight_id')
    )
    op.create_table('plan_vehicle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('leg_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('people_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['leg_id'], ['leg.id'], ),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_vehicle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_vehicle_plan_id'), ['plan_id'], unique=False)

    op.create_table('plan_assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('chunk_no', sa.Integer(), nullable=False),
    sa.Column('itinerary_key', sa.String(length=500), nullable=False),
    sa.Column('receiving_point_id', sa.Integer(), nullable=False),
    sa.Column('depart_day', sa.Date(), nullable=False),
    sa.Column('arrival_day', sa.Date(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('people_json', sa.Text(), nullable=False),
    sa.Column('pinned', sa.Boolean(), nullable=False),
    sa.Column('confirmed', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['batch.id'], ),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], ),
    sa.ForeignKeyConstraint(['receiving_point_id'], ['receiving_point.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_assignment_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_assignment_plan_id'), ['plan_id'], unique=False)

    op.create_table('plan_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assignment_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('ref_id', sa.Integer(), nullable=False),
    sa.Column('origin_id', sa.Integer(), nullable=False),
    sa.Column('destination_id', sa.Integer(), nullable=False),
    sa.Column('start_local', sa.DateTime(), nullable=False),
    sa.Column('end_local', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assignment_id'], ['plan_assignment.id'], ),
    sa.ForeignKeyConstraint(['destination_id'], ['location.id'], ),
    sa.ForeignKeyConstraint(['origin_id'], ['location.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_step_assignment_id'), ['assignment_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('plan_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_step_assignment_id'))

    op.drop_table('plan_step')
    with op.batch_alter_table('plan_assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_assignment_plan_id'))
        batch_op.drop_index(batch_op.f('ix_plan_assignment_batch_id'))

    op.drop_table('plan_assignment')
    with op.batch_alter_table('plan_vehicle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_vehicle_plan_id'))

    op.drop_table('plan_vehicle')
    op.drop_table('plan_flight')
    with op.batch_alter_table('plan_load', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_load_plan_id'))

    op.drop_table('plan_load')
    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_status'))

    op.drop_table('plan')
