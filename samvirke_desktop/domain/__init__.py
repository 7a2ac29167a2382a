"""What the team does, as plain functions: no Qt and no SQL strings here."""
