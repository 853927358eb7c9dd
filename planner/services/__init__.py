"""Operations users perform, each one a transaction: the only writers of the domain tables."""
