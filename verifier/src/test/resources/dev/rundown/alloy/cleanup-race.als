-- models/examples/cleanup-race.rundown {File=1, Request=2}

abstract sig Bool {}
one sig False, True extends Bool {}

abstract sig File {
  var state: one FileState
}
one sig File1 extends File {}

abstract sig Request {
  var state: one ReqState,
  var owner: lone File,
  var cancelRoutine: one Bool,
  var cancelled: one Bool,
  var inCancel: one Bool
}
one sig Request1, Request2 extends Request {}

abstract sig FileState {}
one sig Unopened, Open, CleanedUp, Closed extends FileState {}

abstract sig ReqState {}
one sig Free, Queued, Dequeued, Completed extends ReqState {}

-- the step leaving a state: which action, its arguments, the properties it broke
abstract sig Label {}
one sig Fired_open, Fired_send, Fired_cancelIrp, Fired_cancelRoutine, Fired_startIo, Fired_completeIo, Fired_dispatchCleanup, Fired_close extends Label {}
abstract sig Failure {}
one sig Violated_NoDoubleCompletion, Violated_WellDefined extends Failure {}
one sig Fired {
  var action: lone Label,
  var arg1: lone univ,
  var failed: set Failure
}

-- a stutter changes nothing: the frame fact below keeps every variable
pred stutter {
  no Fired.action
  no Fired.arg1
  no Fired.failed
}

fact init {
  (File <: state) = File -> Unopened
  (Request <: state) = Request -> Free
  no owner
  cancelRoutine = Request -> False
  cancelled = Request -> False
  inCancel = Request -> False
}

-- app open
pred open_2[f: File] {
  Fired.action = Fired_open
  Fired.arg1 = f
  (((f.(File <: state)) = Unopened) and (let state_2 = (File <: state) ++ (f -> Open) | ((File <: state)' = state_2 and Fired.failed = none)))
}

-- app send
pred send[f: File] {
  Fired.action = Fired_send
  Fired.arg1 = f
  ((((f.(File <: state)) = Open) and (some r_2: Request | ((r_2.(Request <: state)) = Free))) and (some r: Request | (((r.(Request <: state)) = Free) and (let state_2 = (Request <: state) ++ (r -> Queued) | (let owner_2 = (owner - (r -> File)) + (r -> f) | (let cancelRoutine_3 = cancelRoutine ++ (r -> True) | ((Request <: state)' = state_2 and owner' = owner_2 and cancelRoutine' = cancelRoutine_3 and Fired.failed = none)))))))
}

-- iomgr cancelIrp
pred cancelIrp[r: Request] {
  Fired.action = Fired_cancelIrp
  Fired.arg1 = r
  (((((r.(Request <: state)) = Queued) or ((r.(Request <: state)) = Dequeued)) and (not ((r.cancelled) = True))) and (let cancelled_2 = cancelled ++ (r -> True) | ((((r.cancelRoutine) = True) and (let cancelRoutine_3 = cancelRoutine ++ (r -> False) | (let inCancel_2 = inCancel ++ (r -> True) | (cancelRoutine' = cancelRoutine_3 and cancelled' = cancelled_2 and inCancel' = inCancel_2 and Fired.failed = none)))) or ((not ((r.cancelRoutine) = True)) and (cancelRoutine' = cancelRoutine and cancelled' = cancelled_2 and inCancel' = inCancel and Fired.failed = none)))))
}

-- driver cancelRoutine
pred cancelRoutine_2[r: Request] {
  Fired.action = Fired_cancelRoutine
  Fired.arg1 = r
  (((r.inCancel) = True) and (let inCancel_2 = inCancel ++ (r -> False) | (let state_2 = (Request <: state) ++ (r -> Completed) | ((Request <: state)' = state_2 and inCancel' = inCancel_2 and Fired.failed = ((not ((r.(Request <: state)) = Completed)) => none else Violated_NoDoubleCompletion)))))
}

-- driver startIo
pred startIo[r: Request] {
  Fired.action = Fired_startIo
  Fired.arg1 = r
  (((r.(Request <: state)) = Queued) and (let state_2 = (Request <: state) ++ (r -> Dequeued) | ((Request <: state)' = state_2 and Fired.failed = none)))
}

-- driver completeIo
pred completeIo[r: Request] {
  Fired.action = Fired_completeIo
  Fired.arg1 = r
  (((r.(Request <: state)) = Dequeued) and (let state_2 = (Request <: state) ++ (r -> Completed) | ((Request <: state)' = state_2 and Fired.failed = ((not ((r.(Request <: state)) = Completed)) => none else Violated_NoDoubleCompletion))))
}

-- driver dispatchCleanup
pred dispatchCleanup[f: File] {
  Fired.action = Fired_dispatchCleanup
  Fired.arg1 = f
  (((f.(File <: state)) = Open) and (let state_2 = (File <: state) ++ (f -> CleanedUp) | (let cancelRoutine_3 = cancelRoutine ++ (Request1 -> False) | (let state_3 = (Request <: state) ++ (Request1 -> Completed) | (let state_4 = (((Request1.cancelRoutine) = True) => state_3 else (Request <: state)) | (let cancelRoutine_4 = (((Request1.cancelRoutine) = True) => cancelRoutine_3 else cancelRoutine) | (let state_5 = ((((Request1.owner) = f) and ((Request1.(Request <: state)) = Queued)) => state_4 else (Request <: state)) | (let cancelRoutine_5 = ((((Request1.owner) = f) and ((Request1.(Request <: state)) = Queued)) => cancelRoutine_4 else cancelRoutine) | (let cancelRoutine_6 = cancelRoutine_5 ++ (Request2 -> False) | (let state_6 = state_5 ++ (Request2 -> Completed) | (let state_7 = (((Request2.cancelRoutine_5) = True) => state_6 else state_5) | (let cancelRoutine_7 = (((Request2.cancelRoutine_5) = True) => cancelRoutine_6 else cancelRoutine_5) | (let state_8 = ((((Request2.owner) = f) and ((Request2.state_5) = Queued)) => state_7 else state_5) | (let cancelRoutine_8 = ((((Request2.owner) = f) and ((Request2.state_5) = Queued)) => cancelRoutine_7 else cancelRoutine_5) | ((File <: state)' = state_2 and (Request <: state)' = state_8 and cancelRoutine' = cancelRoutine_8 and Fired.failed = none)))))))))))))))
}

-- iomgr close
pred close[f: File] {
  Fired.action = Fired_close
  Fired.arg1 = f
  ((((f.(File <: state)) = CleanedUp) and (no r: Request | (((r.owner) = f) and (((r.(Request <: state)) = Queued) or ((r.(Request <: state)) = Dequeued))))) and (let state_2 = (File <: state) ++ (f -> Closed) | ((File <: state)' = state_2 and Fired.failed = none)))
}

fact transitions {
  always (stutter
    or (some f: File | open_2[f])
    or (some f: File | send[f])
    or (some r: Request | cancelIrp[r])
    or (some r: Request | cancelRoutine_2[r])
    or (some r: Request | startIo[r])
    or (some r: Request | completeIo[r])
    or (some f: File | dispatchCleanup[f])
    or (some f: File | close[f]))
}

-- traces end in stuttering, so a trace of n states shows violations within n - 1 steps
fact finite { eventually always stutter }

-- each variable changes only in a step of an action that may assign it
fact frame {
  always ((File <: state)' = (File <: state) or some (Fired.action & (Fired_open + Fired_dispatchCleanup + Fired_close)))
  always ((Request <: state)' = (Request <: state) or some (Fired.action & (Fired_send + Fired_cancelRoutine + Fired_startIo + Fired_completeIo + Fired_dispatchCleanup)))
  always (owner' = owner or some (Fired.action & (Fired_send)))
  always (cancelRoutine' = cancelRoutine or some (Fired.action & (Fired_send + Fired_cancelIrp + Fired_dispatchCleanup)))
  always (cancelled' = cancelled or some (Fired.action & (Fired_cancelIrp)))
  always (inCancel' = inCancel or some (Fired.action & (Fired_cancelIrp + Fired_cancelRoutine)))
}

-- no action can be taken
pred deadlocked {
  ((((((((no f: File | ((f.(File <: state)) = Unopened)) and (no f: File | ((((f.(File <: state)) = Open) and (some r_2: Request | ((r_2.(Request <: state)) = Free))) and (some r: Request | ((r.(Request <: state)) = Free))))) and (no r: Request | (((((r.(Request <: state)) = Queued) or ((r.(Request <: state)) = Dequeued)) and (not ((r.cancelled) = True))) and (let cancelled_2 = cancelled ++ (r -> True) | (((r.cancelRoutine) = True) or (not ((r.cancelRoutine) = True))))))) and (no r: Request | ((r.inCancel) = True))) and (no r: Request | ((r.(Request <: state)) = Queued))) and (no r: Request | ((r.(Request <: state)) = Dequeued))) and (no f: File | ((f.(File <: state)) = Open))) and (no f: File | (((f.(File <: state)) = CleanedUp) and (no r: Request | (((r.owner) = f) and (((r.(Request <: state)) = Queued) or ((r.(Request <: state)) = Dequeued)))))))
}

-- assert NoDoubleCompletion  CAN-9, CAN-5
pred NoDoubleCompletion_fails {
  (Violated_NoDoubleCompletion in Fired.failed)
}
assert NoDoubleCompletion { always not NoDoubleCompletion_fails }

-- invariant NoIoAfterClose  WDM-FILE-4
pred NoIoAfterClose_fails {
  (not (all f: File | (all r: Request | ((not (((f.(File <: state)) = Closed) and ((r.owner) = f))) or ((r.(Request <: state)) = Completed)))))
}
assert NoIoAfterClose { always not NoIoAfterClose_fails }

-- at end NoStrandedRequest  WDM-FILE-2, CAN-3
pred NoStrandedRequest_fails {
  (deadlocked and (not (all r: Request | (((r.(Request <: state)) = Free) or (((r.(Request <: state)) = Completed) and (not ((r.inCancel) = True)))))))
}
assert NoStrandedRequest { always not NoStrandedRequest_fails }

-- hang NoHang
pred NoHang_fails {
  (some none)
}
assert NoHang { always not NoHang_fails }

pred WellDefined_fails_in_state {
  (some none)
}

-- well defined WellDefined
pred WellDefined_fails {
  ((Violated_WellDefined in Fired.failed) or WellDefined_fails_in_state)
}
assert WellDefined { always not WellDefined_fails }

check NoDoubleCompletion for 2 Int, 1..11 steps
check NoIoAfterClose for 2 Int, 1..11 steps
check NoStrandedRequest for 2 Int, 1..11 steps
check NoHang for 2 Int, 1..11 steps
check WellDefined for 2 Int, 1..11 steps
