-- Logging out, or a new password, ends every session of the account at once: a token issued before this moment
-- is refused, even though it is signed and not yet expired (a stolen cookie stops working too).
alter table gebruiker add column sessies_ingetrokken_op timestamptz;
